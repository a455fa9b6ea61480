package dev.kimball.spi;

import dev.kimball.api.TableRef;
import java.util.List;
import java.util.Objects;

/**
 * A table to create. For {@link TableKind#VERSIONED} tables, {@code key} names the columns identifying a row
 * and the columns must include {@code version} (INT64) and {@code is_deleted} (BOOLEAN). For append tables,
 * {@code key} is the sort order (may be empty).
 */
public record TableDef(TableRef table, List<ColumnDef> columns, TableKind kind, List<String> key) {
    public static final String VERSION = "version";
    public static final String IS_DELETED = "is_deleted";

    public TableDef {
        Objects.requireNonNull(table, "table");
        columns = List.copyOf(columns);
        Objects.requireNonNull(kind, "kind");
        key = List.copyOf(key);
        for (String k : key) {
            if (columns.stream().noneMatch(c -> c.name().equals(k))) {
                throw new IllegalArgumentException("key column " + k + " is not a column of " + table);
            }
        }
        if (kind == TableKind.VERSIONED && (columns.stream().noneMatch(c -> c.name().equals(VERSION) && c.type() == ColumnType.INT64)
                || columns.stream().noneMatch(c -> c.name().equals(IS_DELETED) && c.type() == ColumnType.BOOLEAN))) {
            throw new IllegalArgumentException("versioned table " + table + " needs version INT64 and is_deleted BOOLEAN columns");
        }
    }

    public List<String> columnNames() {
        return columns.stream().map(ColumnDef::name).toList();
    }
}
