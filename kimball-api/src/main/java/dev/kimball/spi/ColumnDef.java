package dev.kimball.spi;

import java.util.Objects;

/**
 * A column of a table KIMBALL creates. Java values written to it: String (or a {@code byte[]} holding well-formed
 * UTF-8) for STRING, Long for INT64, Double for FLOAT64, Boolean, {@link java.time.Instant} for TIMESTAMP.
 */
public record ColumnDef(String name, ColumnType type, boolean nullable) {
    public ColumnDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    public static ColumnDef string(String name) {
        return new ColumnDef(name, ColumnType.STRING, true);
    }

    public static ColumnDef required(String name, ColumnType type) {
        return new ColumnDef(name, type, false);
    }
}
