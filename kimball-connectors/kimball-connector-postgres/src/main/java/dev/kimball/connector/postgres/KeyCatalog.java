package dev.kimball.connector.postgres;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads declared primary, unique and foreign keys of listed tables from {@code pg_constraint}. */
final class KeyCatalog {
    // conparentid = 0: constraints PostgreSQL clones onto partitions (or for FKs to partitioned tables) are left out,
    // only the constraint the user declared remains
    private static final String CONSTRAINTS = """
            SELECT cl.relname, con.conname, con.contype,
                   ARRAY(SELECT a.attname::pg_catalog.text FROM pg_catalog.unnest(con.conkey) WITH ORDINALITY k(num, ord)
                         JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num ORDER BY k.ord),
                   rn.nspname, rc.relname,
                   ARRAY(SELECT a.attname::pg_catalog.text FROM pg_catalog.unnest(con.confkey) WITH ORDINALITY k(num, ord)
                         JOIN pg_catalog.pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num ORDER BY k.ord)
              FROM pg_catalog.pg_constraint con
              JOIN pg_catalog.pg_class cl ON cl.oid = con.conrelid
              LEFT JOIN pg_catalog.pg_class rc ON rc.oid = con.confrelid
              LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
             WHERE con.conrelid = ANY (?) AND con.contype IN ('p', 'u', 'f') AND con.conparentid = 0
             ORDER BY cl.relname, con.contype, con.conname""";

    private KeyCatalog() {
    }

    /** @throws SQLException when the catalog query fails (the caller translates it) */
    static PostgresKeys read(Connection c, String schema, List<PgTable> tables) throws SQLException {
        List<PostgresKeys.Key> pks = new ArrayList<>();
        List<PostgresKeys.Key> uks = new ArrayList<>();
        List<PostgresKeys.ForeignKey> fks = new ArrayList<>();
        Array oids = c.createArrayOf("oid", tables.stream().map(PgTable::oid).toArray(Long[]::new));
        try (PreparedStatement ps = c.prepareStatement(CONSTRAINTS)) {
            ps.setArray(1, oids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String table = rs.getString(1);
                    String name = rs.getString(2);
                    List<String> cols = strings(rs.getArray(4));
                    switch (rs.getString(3)) {
                        case "p" -> pks.add(new PostgresKeys.Key(table, name, cols));
                        case "u" -> uks.add(new PostgresKeys.Key(table, name, cols));
                        default -> fks.add(new PostgresKeys.ForeignKey(table, name, cols, rs.getString(5), rs.getString(6),
                                strings(rs.getArray(7))));
                    }
                }
            }
        }
        return new PostgresKeys(schema, pks, uks, fks);
    }

    private static List<String> strings(Array a) throws SQLException {
        if (a == null) {
            return List.of();
        }
        Object[] values = (Object[]) a.getArray();
        List<String> out = new ArrayList<>(values.length);
        for (Object v : values) {
            out.add((String) v);
        }
        return out;
    }
}
