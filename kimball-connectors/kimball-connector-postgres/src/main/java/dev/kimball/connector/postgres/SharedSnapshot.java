package dev.kimball.connector.postgres;

import dev.kimball.api.PostgresSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One snapshot for the key ranges of one table, so that ranges read on different connections and at different times
 * see the same rows: a coordinating REPEATABLE READ transaction exports its snapshot ({@code pg_export_snapshot()})
 * and stays open, idle, while every range imports it ({@code SET TRANSACTION SNAPSHOT}) before reading. An exported
 * snapshot can be imported only while the exporting transaction is open, and a range may start long after the first
 * (fewer workers than ranges), so the coordinator is closed only when every range has been read to its end, or when the
 * engine {@link #release() releases} the units at the end of the load. With a cursor column, the coordinator also reads
 * the new high-water mark in the same snapshot (once per lower bound, when the first range reaches its end), so the
 * mark is exactly the greatest cursor value the ranges read. Thread-safe: ranges open concurrently.
 */
final class SharedSnapshot {
    private static final Pattern SNAPSHOT_ID = Pattern.compile("[0-9A-Fa-f-]+");
    private final PostgresSource source;
    private final PgEndpoint endpoint;
    private final PgTable table;
    private final PgColumn cursor;
    private final int ranges;
    private final Duration timeout;
    private final BitSet finished = new BitSet();
    private final Map<Optional<String>, Optional<String>> marks = new HashMap<>();
    private Connection coordinator;
    private String snapshotId;

    SharedSnapshot(PostgresSource source, PgEndpoint endpoint, PgTable table, PgColumn cursor, int ranges, Duration timeout) {
        this.source = source;
        this.endpoint = endpoint;
        this.table = table;
        this.cursor = cursor;
        this.ranges = ranges;
        this.timeout = timeout;
    }

    /**
     * The snapshot to import, exported now by the first range to ask (or again after every range finished).
     *
     * @throws SQLException when exporting fails (the caller translates it)
     */
    synchronized String join() throws SQLException {
        if (coordinator == null) {
            Connection c = PgConnections.open(source, endpoint, timeout);
            try {
                CursorBounds.beginSnapshotTransaction(c);
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_catalog.pg_export_snapshot()")) {
                    rs.next();
                    snapshotId = rs.getString(1);
                }
            } catch (SQLException | RuntimeException e) {
                PgConnections.closeQuietly(c);
                throw e;
            }
            coordinator = c;
            finished.clear();
            marks.clear();
        }
        return snapshotId;
    }

    /**
     * The greatest cursor value in the snapshot past {@code after} (null: of all rows), or null when none; read once per
     * lower bound. Called by a range before it reports its end, so the coordinator is still open.
     *
     * @throws SQLException when the query fails (the caller translates it)
     */
    synchronized String mark(String after) throws SQLException {
        if (cursor == null) {
            return null;
        }
        if (coordinator == null) {
            throw new IllegalStateException("the snapshot of " + table.qualifiedName() + " was released before its ranges were read");
        }
        Optional<String> key = Optional.ofNullable(after);
        Optional<String> known = marks.get(key);
        if (known == null) {
            known = Optional.ofNullable(CursorBounds.max(coordinator, table, cursor, after));
            marks.put(key, known);
        }
        return known.orElse(null);
    }

    /** Makes {@code c}'s transaction (begun with {@link CursorBounds#beginSnapshotTransaction}) read this snapshot. */
    static void importInto(Connection c, String snapshotId) throws SQLException {
        if (!SNAPSHOT_ID.matcher(snapshotId).matches()) {
            throw new SQLException("unexpected snapshot id from pg_export_snapshot(): " + snapshotId);
        }
        try (Statement s = c.createStatement()) {
            s.execute("SET TRANSACTION SNAPSHOT '" + snapshotId + "'");
        }
    }

    /** Range {@code index} (1-based) was read to its end; the last one closes the coordinator. */
    synchronized void finished(int index) {
        finished.set(index);
        if (finished.cardinality() >= ranges) {
            release();
        }
    }

    /** Ends the coordinating transaction (a range that already imported the snapshot keeps it). Idempotent. */
    synchronized void release() {
        if (coordinator != null) {
            PgConnections.closeQuietly(coordinator);
            coordinator = null;
            snapshotId = null;
        }
    }

    /** Whether a coordinating transaction is open (for tests). */
    synchronized boolean isOpen() {
        return coordinator != null;
    }
}
