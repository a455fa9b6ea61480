package dev.kimball.connector.postgres;

import java.util.List;
import java.util.Optional;

/**
 * Keys declared in PostgreSQL on the tables of a source: hints for Discover (declared, so trusted more than keys
 * inferred from data, yet still checkable against the loaded rows). Column lists are in constraint order; names are
 * exactly as in the catalog.
 *
 * @param schema      the source's schema
 * @param primaryKeys one per table that has a primary key
 * @param uniqueKeys  UNIQUE constraints (not unique indexes without a constraint)
 * @param foreignKeys FOREIGN KEY constraints declared on the source's tables (the referenced table may be outside the
 *                    source, even in another schema)
 */
public record PostgresKeys(String schema, List<Key> primaryKeys, List<Key> uniqueKeys, List<ForeignKey> foreignKeys) {

    public PostgresKeys {
        primaryKeys = List.copyOf(primaryKeys);
        uniqueKeys = List.copyOf(uniqueKeys);
        foreignKeys = List.copyOf(foreignKeys);
    }

    /** A primary or unique key. */
    public record Key(String table, String constraint, List<String> columns) {
        public Key {
            columns = List.copyOf(columns);
        }
    }

    /** {@code table(columns) REFERENCES referencedSchema.referencedTable(referencedColumns)}. */
    public record ForeignKey(String table, String constraint, List<String> columns, String referencedSchema,
                             String referencedTable, List<String> referencedColumns) {
        public ForeignKey {
            columns = List.copyOf(columns);
            referencedColumns = List.copyOf(referencedColumns);
        }
    }

    /** The primary key of {@code table}, if it has one. */
    public Optional<Key> primaryKey(String table) {
        return primaryKeys.stream().filter(k -> k.table().equals(table)).findFirst();
    }
}
