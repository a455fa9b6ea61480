package dev.kimball.core.warehouse.duckdb;

import dev.kimball.api.InferredType;
import dev.kimball.api.TableRef;
import dev.kimball.spi.ColumnDef;
import dev.kimball.spi.ColumnType;
import dev.kimball.spi.Dialect;
import dev.kimball.spi.TableDef;
import java.util.stream.Collectors;

/** DuckDB SQL: double-quoted identifiers, single-quoted literals (no backslash escapes), layers as schemas. */
final class DuckDbDialect implements Dialect {

    @Override
    public String quote(String identifier) {
        if (identifier == null || identifier.isEmpty()) {
            throw new IllegalArgumentException("an identifier must not be empty");
        }
        if (identifier.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("an identifier must not contain NUL");
        }
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    @Override
    public String table(TableRef table) {
        return quote(table.schema()) + "." + quote(table.name());
    }

    @Override
    public String literal(String value) {
        if (value == null) {
            return "NULL";
        }
        return '\'' + value.replace("'", "''") + '\'';
    }

    @Override
    public String typeName(ColumnType type, boolean nullable) {
        String t = switch (type) {
            case STRING -> "VARCHAR";
            case INT64 -> "BIGINT";
            case FLOAT64 -> "DOUBLE";
            case BOOLEAN -> "BOOLEAN";
            case TIMESTAMP -> "TIMESTAMP";
        };
        return nullable ? t : t + " NOT NULL";
    }

    @Override
    public String createTable(TableDef def) {
        String cols = def.columns().stream().map(c -> quote(c.name()) + " " + typeName(c.type(), c.nullable()))
                .collect(Collectors.joining(", "));
        return "CREATE TABLE IF NOT EXISTS " + table(def.table()) + " (" + cols + ")";
    }

    @Override
    public String addColumn(TableRef table, ColumnDef column) {
        return "ALTER TABLE " + table(table) + " ADD COLUMN IF NOT EXISTS " + quote(column.name()) + " "
                + typeName(column.type(), true);
    }

    @Override
    public String latest(TableDef def) {
        String key = def.key().stream().map(this::quote).collect(Collectors.joining(", "));
        String cols = def.columns().stream().map(c -> quote(c.name())).collect(Collectors.joining(", "));
        return "SELECT " + cols + " FROM " + table(def.table()) + " QUALIFY row_number() OVER (PARTITION BY " + key
                + " ORDER BY " + quote(TableDef.VERSION) + " DESC) = 1 AND NOT " + quote(TableDef.IS_DELETED);
    }

    @Override
    public String deleteWhere(TableRef table, String predicate) {
        return "DELETE FROM " + table(table) + " WHERE " + predicate;
    }

    @Override
    public String dropTable(TableRef table) {
        return "DROP TABLE IF EXISTS " + table(table);
    }

    /** @throws IllegalArgumentException when the format cannot describe the type (e.g. a DATE without a pattern) */
    @Override
    public String conforms(String value, InferredType type) {
        return new DuckDbConformance(this).of(value, type);
    }
}
