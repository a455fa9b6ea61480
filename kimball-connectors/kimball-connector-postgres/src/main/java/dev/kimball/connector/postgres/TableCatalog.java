package dev.kimball.connector.postgres;

import dev.kimball.api.PostgresSource;
import dev.kimball.api.SourceException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lists the tables of a {@link PostgresSource} from the system catalog (PostgreSQL 12 or later).
 * <p>Without named tables: ordinary and partitioned tables of the schema, partitions excluded (their rows are read
 * through their parent). Named tables may also be views, materialized views, foreign tables or single partitions.
 * A name matches exactly, or else its lower-case form (how PostgreSQL folds an unquoted name).
 */
final class TableCatalog {
    private static final String TABLES = """
            SELECT c.oid, c.relname, c.relkind, c.relispartition,
                   CASE WHEN c.relkind = 'p' THEN
                        (SELECT COALESCE(SUM(pc.reltuples) FILTER (WHERE pc.reltuples >= 0), -1)
                           FROM pg_catalog.pg_partition_tree(c.oid) t JOIN pg_catalog.pg_class pc ON pc.oid = t.relid
                          WHERE t.isleaf)
                        ELSE c.reltuples END
              FROM pg_catalog.pg_class c
             WHERE c.relnamespace = ? AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
             ORDER BY c.relname""";

    // domains are resolved to their base type (also domains over domains) so the base type decides the rendering
    private static final String COLUMNS = """
            WITH RECURSIVE base(start, cur, depth) AS (
                SELECT DISTINCT a.atttypid, a.atttypid, 0 FROM pg_catalog.pg_attribute a
                 WHERE a.attrelid = ANY (?) AND a.attnum > 0 AND NOT a.attisdropped
                UNION ALL
                SELECT b.start, t.typbasetype, b.depth + 1 FROM base b JOIN pg_catalog.pg_type t ON t.oid = b.cur
                 WHERE t.typtype = 'd')
            SELECT a.attrelid, a.attname, bt.typname, bt.typtype, bt.typcategory, pg_catalog.format_type(a.atttypid, NULL)
              FROM pg_catalog.pg_attribute a
              JOIN LATERAL (SELECT b.cur FROM base b WHERE b.start = a.atttypid ORDER BY b.depth DESC LIMIT 1) r ON true
              JOIN pg_catalog.pg_type bt ON bt.oid = r.cur
             WHERE a.attrelid = ANY (?) AND a.attnum > 0 AND NOT a.attisdropped
             ORDER BY a.attrelid, a.attnum""";

    private static final String INTEGER_KEYS = """
            SELECT con.conrelid, a.attname
              FROM pg_catalog.pg_constraint con
              JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = con.conkey[1]
             WHERE con.contype = 'p' AND con.conrelid = ANY (?) AND pg_catalog.cardinality(con.conkey) = 1
               AND a.atttypid IN ('pg_catalog.int2'::pg_catalog.regtype, 'pg_catalog.int4'::pg_catalog.regtype,
                                  'pg_catalog.int8'::pg_catalog.regtype)""";

    private TableCatalog() {
    }

    /**
     * The source's tables with their columns and split keys.
     *
     * @throws SourceException SOURCE_NOT_FOUND when the schema does not exist (the message lists the schemas), has no
     *                         tables, or a named table is missing (the message names it and lists the tables there)
     * @throws SQLException    when a catalog query fails (the caller translates it)
     */
    static List<PgTable> list(Connection c, PostgresSource source, PgEndpoint endpoint) throws SQLException {
        long schemaOid = schemaOid(c, source.schema(), endpoint);
        List<PgTable> all = new ArrayList<>();
        List<PgTable> partitions = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(TABLES)) {
            ps.setLong(1, schemaOid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    PgTable t = new PgTable(rs.getLong(1), source.schema(), rs.getString(2), rs.getString(3).charAt(0),
                            rs.getDouble(5), List.of(), null);
                    all.add(t);
                    if (rs.getBoolean(4)) {
                        partitions.add(t);
                    }
                }
            }
        }
        List<PgTable> chosen = source.tables().isEmpty() ? defaultTables(all, partitions, source, endpoint)
                : namedTables(all, source, endpoint);
        return withColumns(c, chosen);
    }

    private static long schemaOid(Connection c, String schema, PgEndpoint endpoint) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT oid FROM pg_catalog.pg_namespace WHERE nspname = ?")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
        }
        List<String> schemas = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT nspname FROM pg_catalog.pg_namespace WHERE nspname !~ '^pg_' "
                + "AND nspname <> 'information_schema' ORDER BY nspname LIMIT 51")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    schemas.add(rs.getString(1));
                }
            }
        }
        throw new SourceException("SOURCE_NOT_FOUND", "schema " + schema + " does not exist in database " + endpoint.display()
                + "; schemas there: " + shortList(schemas) + ". Check .schema(...) (names are case-sensitive)");
    }

    private static List<PgTable> defaultTables(List<PgTable> all, List<PgTable> partitions, PostgresSource source,
                                               PgEndpoint endpoint) {
        List<PgTable> tables = all.stream()
                .filter(t -> (t.kind() == 'r' || t.kind() == 'p') && !partitions.contains(t)).toList();
        if (tables.isEmpty()) {
            List<String> others = all.stream().map(PgTable::name).toList();
            throw new SourceException("SOURCE_NOT_FOUND", "schema " + source.schema() + " in " + endpoint.display()
                    + " has no tables" + (others.isEmpty() ? "" : "; views and other relations there (name them with .tables(...)): "
                    + shortList(others)));
        }
        return tables;
    }

    private static List<PgTable> namedTables(List<PgTable> all, PostgresSource source, PgEndpoint endpoint) {
        Map<String, PgTable> byName = new LinkedHashMap<>();
        all.forEach(t -> byName.put(t.name(), t));
        List<PgTable> chosen = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String n : source.tables()) {
            PgTable t = byName.get(n);
            if (t == null) {
                t = byName.get(n.toLowerCase(Locale.ROOT));
            }
            if (t == null) {
                missing.add(n);
            } else if (!chosen.contains(t)) {
                chosen.add(t);
            }
        }
        if (!missing.isEmpty()) {
            throw new SourceException("SOURCE_NOT_FOUND", (missing.size() == 1 ? "table " : "tables ") + String.join(", ", missing)
                    + " not found in schema " + source.schema() + " of " + endpoint.display() + "; tables there: "
                    + shortList(new ArrayList<>(byName.keySet())));
        }
        return chosen;
    }

    private static List<PgTable> withColumns(Connection c, List<PgTable> tables) throws SQLException {
        Long[] oids = tables.stream().map(PgTable::oid).toArray(Long[]::new);
        Map<Long, List<PgColumn>> columns = new LinkedHashMap<>();
        Map<Long, String> keys = new LinkedHashMap<>();
        Array oidArray = c.createArrayOf("oid", oids);
        try (PreparedStatement ps = c.prepareStatement(COLUMNS)) {
            ps.setArray(1, oidArray);
            ps.setArray(2, oidArray);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new PgColumn(rs.getString(2),
                            rs.getString(3), rs.getString(4).charAt(0), rs.getString(5).charAt(0), rs.getString(6)));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(INTEGER_KEYS)) {
            ps.setArray(1, oidArray);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        return tables.stream().map(t -> t.withColumns(columns.getOrDefault(t.oid(), List.of()), keys.get(t.oid()))).toList();
    }

    static String shortList(List<String> names) {
        if (names.isEmpty()) {
            return "(none)";
        }
        int shown = Math.min(names.size(), 50);
        return String.join(", ", names.subList(0, shown)) + (names.size() > shown ? ", ... (" + names.size() + " in all)" : "");
    }
}
