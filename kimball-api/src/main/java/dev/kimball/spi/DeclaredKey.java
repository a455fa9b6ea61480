package dev.kimball.spi;

import java.util.List;
import java.util.Objects;

/**
 * A key a source declares for one of its tables (see {@link SourceProvider#declaredKeys}). Tables are named by their
 * units' {@link SourceUnit#tableHint()}, columns by the header names the units' readers report, in key order.
 *
 * @param table             the table hint of the units holding the key
 * @param kind              primary, unique or foreign key
 * @param name              the constraint's name in the source
 * @param columns           the key's columns, in key order
 * @param referencedTable   for a foreign key: the table hint of the referenced table when that table belongs to the same
 *                          source, else null (a table elsewhere); null for other kinds
 * @param referencedColumns for a foreign key: the referenced columns, in the order matching {@code columns}; else empty
 */
public record DeclaredKey(String table, Kind kind, String name, List<String> columns, String referencedTable,
                          List<String> referencedColumns) {
    /** What the key declares. */
    public enum Kind {
        PRIMARY_KEY, UNIQUE, FOREIGN_KEY
    }

    /** @throws IllegalArgumentException when a column list is empty, or a foreign key has no or mismatched referenced columns */
    public DeclaredKey {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("key " + name + " of " + table + " has no columns");
        }
        if (kind == Kind.FOREIGN_KEY && referencedColumns.size() != columns.size()) {
            throw new IllegalArgumentException("foreign key " + name + " of " + table + " has " + columns.size()
                    + " columns but " + referencedColumns.size() + " referenced columns");
        }
    }

    public static DeclaredKey primaryKey(String table, String name, List<String> columns) {
        return new DeclaredKey(table, Kind.PRIMARY_KEY, name, columns, null, List.of());
    }

    public static DeclaredKey unique(String table, String name, List<String> columns) {
        return new DeclaredKey(table, Kind.UNIQUE, name, columns, null, List.of());
    }

    /** @param referencedTable the referenced table's hint when it belongs to the same source, else null */
    public static DeclaredKey foreignKey(String table, String name, List<String> columns, String referencedTable,
                                         List<String> referencedColumns) {
        return new DeclaredKey(table, Kind.FOREIGN_KEY, name, columns, referencedTable, referencedColumns);
    }
}
