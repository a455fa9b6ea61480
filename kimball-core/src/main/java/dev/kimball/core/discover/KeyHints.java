package dev.kimball.core.discover;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Keys a source declared (e.g. PostgreSQL constraints), by bronze table name and column names. Detection treats them
 * as hints with a high prior: a declared primary key is still checked for uniqueness (a key that is not unique in the
 * loaded data is not proposed), a declared foreign key is kept even with orphans, with its coverage measured.
 * Immutable; {@link #none()} is the usual value for file sources.
 *
 * @param primaryKeys declared primary keys, at most one per table
 * @param foreignKeys declared foreign keys
 */
public record KeyHints(List<DeclaredKey> primaryKeys, List<DeclaredReference> foreignKeys) {
    private static final KeyHints NONE = new KeyHints(List.of(), List.of());

    /** @throws IllegalArgumentException naming the table when it has two declared primary keys */
    public KeyHints {
        primaryKeys = List.copyOf(primaryKeys);
        foreignKeys = List.copyOf(foreignKeys);
        var tables = new HashSet<String>();
        for (DeclaredKey k : primaryKeys) {
            if (!tables.add(k.table())) {
                throw new IllegalArgumentException("table '" + k.table() + "' has more than one declared primary key;"
                        + " declare one per table");
            }
        }
    }

    /** No declared keys. */
    public static KeyHints none() {
        return NONE;
    }

    /**
     * These hints and a declared primary key.
     *
     * @throws IllegalArgumentException when the table already has one, or columns are empty or repeated
     */
    public KeyHints withPrimaryKey(String table, String... columns) {
        List<DeclaredKey> pks = new ArrayList<>(primaryKeys);
        pks.add(new DeclaredKey(table, List.of(columns)));
        return new KeyHints(pks, foreignKeys);
    }

    /**
     * These hints and a declared foreign key {@code table(columns) -> referencedTable(referencedColumns)}.
     *
     * @throws IllegalArgumentException when the column lists are empty or of different sizes
     */
    public KeyHints withForeignKey(String table, List<String> columns, String referencedTable,
                                   List<String> referencedColumns) {
        List<DeclaredReference> fks = new ArrayList<>(foreignKeys);
        fks.add(new DeclaredReference(table, columns, referencedTable, referencedColumns));
        return new KeyHints(primaryKeys, fks);
    }

    /** The declared primary key of a table, if any. */
    public Optional<DeclaredKey> primaryKey(String table) {
        return primaryKeys.stream().filter(k -> k.table().equals(table)).findFirst();
    }

    /** Whether a foreign key from {@code table(columns)} to {@code referencedTable(referencedColumns)} is declared. */
    public boolean declares(String table, List<String> columns, String referencedTable, List<String> referencedColumns) {
        return foreignKeys.contains(new DeclaredReference(table, columns, referencedTable, referencedColumns));
    }

    /**
     * A declared primary key.
     *
     * @param table   the bronze table name
     * @param columns its columns, at least one, none repeated
     */
    public record DeclaredKey(String table, List<String> columns) {
        /** @throws IllegalArgumentException when the columns are empty or repeated */
        public DeclaredKey {
            Objects.requireNonNull(table, "table");
            columns = List.copyOf(columns);
            if (columns.isEmpty() || new HashSet<>(columns).size() != columns.size()) {
                throw new IllegalArgumentException("declared primary key of '" + table
                        + "' needs distinct columns, not " + columns);
            }
        }
    }

    /**
     * A declared foreign key.
     *
     * @param table             the referencing (child) bronze table name
     * @param columns           the child columns
     * @param referencedTable   the referenced (parent) bronze table name
     * @param referencedColumns the parent columns, in the order of {@code columns}
     */
    public record DeclaredReference(String table, List<String> columns, String referencedTable,
                                    List<String> referencedColumns) {
        /** @throws IllegalArgumentException when the column lists are empty or of different sizes */
        public DeclaredReference {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(referencedTable, "referencedTable");
            columns = List.copyOf(columns);
            referencedColumns = List.copyOf(referencedColumns);
            if (columns.isEmpty() || columns.size() != referencedColumns.size()) {
                throw new IllegalArgumentException("declared foreign key " + table + columns + " -> " + referencedTable
                        + referencedColumns + " needs the same non-zero number of columns on both sides");
            }
        }
    }
}
