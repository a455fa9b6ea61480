package dev.kimball.connector.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The SQL of incremental reads by a cursor column. The mark is bound as text and cast to the column's type in
 * PostgreSQL, so values compare as the type does (numbers as numbers, timestamps as instants), never as strings.
 * COPY takes no parameters, so the lower bound travels as a transaction-local setting ({@code set_config} with a bound
 * value) that the SELECT reads once in an uncorrelated subquery (an InitPlan: one cast, and an index on the cursor
 * column can still be used).
 */
final class CursorBounds {
    static final String AFTER_SETTING = "kimball.cursor_after";

    private CursorBounds() {
    }

    /** Turns {@code c} into a read-only REPEATABLE READ transaction (begun by the next statement). */
    static void beginSnapshotTransaction(Connection c) throws SQLException {
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        c.setReadOnly(true);
    }

    /** The condition {@code cursor > after} on the setting {@link #bindAfter} set. */
    static String afterCondition(PgColumn cursor) {
        return PgIdentifiers.quote(cursor.name()) + " > (SELECT CAST(pg_catalog.current_setting('" + AFTER_SETTING + "') AS "
                + cursor.sqlType() + "))";
    }

    /** Sets the lower bound for {@link #afterCondition} in {@code c}'s current transaction. */
    static void bindAfter(Connection c, String after) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_catalog.set_config('" + AFTER_SETTING + "', ?, true)")) {
            ps.setString(1, after);
            ps.executeQuery().close();
        }
    }

    /**
     * The greatest cursor value of the table after {@code after} (null: of all rows), as PostgreSQL's exact text, or null
     * when there is none; read in {@code c}'s transaction, so in the snapshot the rows are then read from.
     */
    static String max(Connection c, PgTable table, PgColumn cursor, String after) throws SQLException {
        String q = PgIdentifiers.quote(cursor.name());
        String sql = "SELECT pg_catalog.max(" + q + ")::pg_catalog.text FROM " + table.qualifiedName()
                + (after == null ? "" : " WHERE " + q + " > CAST(? AS " + cursor.sqlType() + ")");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (after != null) {
                ps.setString(1, after);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
