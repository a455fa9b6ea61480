package dev.kimball.api.catalog;

import java.time.Instant;
import java.util.Objects;

/**
 * One version of a catalog entry, oldest first in a history.
 *
 * @param at     when it was written
 * @param change what happened, e.g. {@code discovered}, {@code renamed column amount -> net_amount}, {@code type
 *               overridden: DATE dd/MM/yyyy}
 * @param table  the table's name in this version
 * @param column the column's name in this version, or empty for a table entry
 * @param type   the column's type in this version, or empty for a table entry
 */
public record CatalogChange(Instant at, String change, String table, String column, String type) {
    public CatalogChange {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(type, "type");
    }
}
