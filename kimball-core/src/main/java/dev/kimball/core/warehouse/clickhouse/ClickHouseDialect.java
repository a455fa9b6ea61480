package dev.kimball.core.warehouse.clickhouse;

import dev.kimball.api.InferredType;
import dev.kimball.api.TableRef;
import dev.kimball.spi.ColumnDef;
import dev.kimball.spi.ColumnType;
import dev.kimball.spi.Dialect;
import dev.kimball.spi.TableDef;
import dev.kimball.spi.TableKind;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * ClickHouse SQL: backtick identifiers and single-quoted literals, both with backslash escapes; layers are
 * databases ({@code bronze}, or {@code ns_bronze} with a namespace).
 *
 * <p>APPEND tables are {@code MergeTree} with a deduplication window, so a retried batch carrying the same
 * {@code insert_deduplication_token} is stored once. VERSIONED tables are {@code ReplacingMergeTree(version,
 * is_deleted)}; {@link #latest} reads them with {@code FINAL}, which on 26.7 keeps the highest version per key
 * whatever the insert order and drops keys whose latest version is deleted (checked by the contract suite).
 */
final class ClickHouseDialect implements Dialect {
    /** Blocks remembered per table for insert deduplication: far more than batches in flight during a retry. */
    static final int DEDUPLICATION_WINDOW = 1000;

    private final Function<String, String> database;

    /** @param database maps a layer name to its database name */
    ClickHouseDialect(Function<String, String> database) {
        this.database = database;
    }

    /** @throws IllegalArgumentException if the identifier is null or empty (ClickHouse has no empty identifier) */
    @Override
    public String quote(String identifier) {
        if (identifier == null || identifier.isEmpty()) {
            throw new IllegalArgumentException("a ClickHouse identifier must not be empty");
        }
        return escape(identifier, '`');
    }

    @Override
    public String table(TableRef table) {
        return quote(database.apply(table.schema())) + "." + quote(table.name());
    }

    @Override
    public String literal(String value) {
        return value == null ? "NULL" : escape(value, '\'');
    }

    private static String escape(String s, char quote) {
        StringBuilder b = new StringBuilder(s.length() + 8).append(quote);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == quote) {
                b.append('\\').append(c);
            } else if (c == '\0') {
                b.append("\\0");
            } else {
                b.append(c);
            }
        }
        return b.append(quote).toString();
    }

    @Override
    public String typeName(ColumnType type, boolean nullable) {
        String t = switch (type) {
            case STRING -> "String";
            case INT64 -> "Int64";
            case FLOAT64 -> "Float64";
            case BOOLEAN -> "Bool";
            case TIMESTAMP -> "DateTime64(6, 'UTC')";
        };
        return nullable ? "Nullable(" + t + ")" : t;
    }

    /** @throws IllegalArgumentException if a VERSIONED table has no key (every row would collapse into one) */
    @Override
    public String createTable(TableDef def) {
        String cols = def.columns().stream().map(c -> quote(c.name()) + " " + typeName(c.type(), c.nullable()))
                .collect(Collectors.joining(", "));
        boolean nullableKey = def.key().stream()
                .anyMatch(k -> def.columns().stream().anyMatch(c -> c.name().equals(k) && c.nullable()));
        StringBuilder sql = new StringBuilder("CREATE TABLE IF NOT EXISTS ").append(table(def.table()))
                .append(" (").append(cols).append(") ENGINE = ");
        List<String> settings = new java.util.ArrayList<>();
        if (def.kind() == TableKind.VERSIONED) {
            if (def.key().isEmpty()) {
                throw new IllegalArgumentException("versioned table " + def.table() + " needs a key");
            }
            sql.append("ReplacingMergeTree(").append(quote(TableDef.VERSION)).append(", ")
                    .append(quote(TableDef.IS_DELETED)).append(')');
        } else {
            sql.append("MergeTree");
            settings.add("non_replicated_deduplication_window = " + DEDUPLICATION_WINDOW);
        }
        sql.append(" ORDER BY ").append(orderBy(def.key()));
        if (nullableKey) {
            settings.add("allow_nullable_key = 1");
        }
        if (!settings.isEmpty()) {
            sql.append(" SETTINGS ").append(String.join(", ", settings));
        }
        return sql.toString();
    }

    private String orderBy(List<String> key) {
        return key.isEmpty() ? "tuple()" : key.stream().map(this::quote).collect(Collectors.joining(", ", "(", ")"));
    }

    @Override
    public String addColumn(TableRef table, ColumnDef column) {
        return "ALTER TABLE " + table(table) + " ADD COLUMN IF NOT EXISTS " + quote(column.name()) + " "
                + typeName(column.type(), true);
    }

    @Override
    public String latest(TableDef def) {
        // The WHERE runs after FINAL's merge (optimize_move_to_prewhere_if_final is off by default), so a key whose
        // latest version is deleted disappears instead of falling back to an older version.
        return "SELECT * FROM " + table(def.table()) + " FINAL WHERE NOT " + quote(TableDef.IS_DELETED);
    }

    /** Lightweight delete; the warehouse runs statements with {@code lightweight_deletes_sync = 2}, so it is synchronous. */
    @Override
    public String deleteWhere(TableRef table, String predicate) {
        return "DELETE FROM " + table(table) + " WHERE " + predicate;
    }

    /** {@code RENAME TABLE}: ClickHouse has no {@code ALTER TABLE ... RENAME TO}. */
    @Override
    public String renameTable(TableRef from, TableRef to) {
        if (!from.schema().equals(to.schema())) {
            throw new IllegalArgumentException("a table is renamed within its layer, got " + from + " -> " + to);
        }
        return "RENAME TABLE " + table(from) + " TO " + table(to);
    }

    /** {@code SYNC} frees the name and the disk at once instead of after the Atomic database's drop delay. */
    @Override
    public String dropTable(TableRef table) {
        return "DROP TABLE IF EXISTS " + table(table) + " SYNC";
    }

    /** {@code CREATE DATABASE IF NOT EXISTS} for a layer. */
    String createDatabase(String layer) {
        return "CREATE DATABASE IF NOT EXISTS " + quote(database.apply(layer));
    }

    /** @throws IllegalArgumentException when the format cannot describe the type (e.g. a DATE without a pattern) */
    @Override
    public String conforms(String value, InferredType type) {
        return new ClickHouseConformance(this).of(value, type);
    }
}
