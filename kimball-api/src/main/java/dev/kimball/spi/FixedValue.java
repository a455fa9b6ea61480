package dev.kimball.spi;

import java.util.Objects;

/**
 * A value a {@link TableWriter} adds to every row it writes, such as the lineage of a load (source, load id, load time):
 * rows do not carry it, and an engine stores it without handling it per row where it can. {@code value} is a Java
 * value as listed in {@link ColumnDef}, or {@code null} for a nullable column.
 */
public record FixedValue(ColumnDef column, Object value) {
    public FixedValue {
        Objects.requireNonNull(column, "column");
        if (value == null && !column.nullable()) {
            throw new IllegalArgumentException("column " + column.name() + " is not nullable: a fixed value for it cannot be null");
        }
    }
}
