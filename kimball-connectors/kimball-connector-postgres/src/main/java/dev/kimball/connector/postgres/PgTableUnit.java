package dev.kimball.connector.postgres;

import dev.kimball.api.PostgresSource;
import dev.kimball.spi.RecordReader;
import dev.kimball.spi.SourceUnit;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A whole table, or one key range of a split table. Ranges of one table share the table's name as
 * {@link #tableHint()}: the engine must load them into one bronze table. Opening connects; nothing is held before.
 * Every read is one read-only REPEATABLE READ transaction; the ranges of a table import one {@link SharedSnapshot}, so
 * together they read the table as it was at one instant, whatever is written meanwhile. With a cursor column the
 * high-water mark is read in the same snapshot as the rows (see {@link CursorBounds}).
 */
final class PgTableUnit implements SourceUnit {
    private final PostgresSource source;
    private final PgEndpoint endpoint;
    private final PgTable table;
    private final KeyRange range;
    private final int index;
    private final int count;
    private final PostgresReadOptions options;
    private final PgColumn cursor;
    private final SharedSnapshot snapshot;

    /**
     * @param range    null for the whole table
     * @param index    1-based position of the range among {@code count} ranges
     * @param cursor   the cursor column, or null
     * @param snapshot the snapshot shared by the ranges of the table, or null for a whole table
     */
    PgTableUnit(PostgresSource source, PgEndpoint endpoint, PgTable table, KeyRange range, int index, int count,
                PostgresReadOptions options, PgColumn cursor, SharedSnapshot snapshot) {
        this.source = source;
        this.endpoint = endpoint;
        this.table = table;
        this.range = range;
        this.index = index;
        this.count = count;
        this.options = options;
        this.cursor = cursor;
        this.snapshot = snapshot;
    }

    /** {@code postgres://host:port/db/schema.table}, with {@code [i/N]} for a range. */
    @Override
    public String name() {
        return "postgres://" + endpoint.display() + "/" + table.schema() + "." + table.name()
                + (range == null ? "" : "[" + index + "/" + count + "]");
    }

    @Override
    public String tableHint() {
        return table.name();
    }

    /** Unknown: the on-disk size says little about the size of the text that will be streamed. */
    @Override
    public long sizeBytes() {
        return -1;
    }

    /** The SELECT this unit streams (identifiers quoted; no values from outside the catalog). */
    String select() {
        return select(false);
    }

    /** @param afterMark whether rows are read after the cursor mark bound by {@link CursorBounds#bindAfter} */
    String select(boolean afterMark) {
        String cols = table.columns().stream().map(PgColumn::selectExpression).collect(Collectors.joining(", "));
        String where = range == null || table.splitKey() == null ? "" : range.condition(PgIdentifiers.quote(table.splitKey()));
        if (afterMark) {
            where = (where.isEmpty() ? "" : where + " AND ") + CursorBounds.afterCondition(cursor);
        }
        return "SELECT " + cols + " FROM " + table.qualifiedName() + (where.isEmpty() ? "" : " WHERE " + where);
    }

    @Override
    public Optional<String> cursor() {
        return cursor == null ? Optional.empty() : Optional.of(cursor.name());
    }

    /**
     * @throws dev.kimball.api.SourceException SOURCE_UNREACHABLE / SOURCE_AUTH_FAILED when connecting fails,
     *                                         SOURCE_PERMISSION_DENIED without SELECT on the table, SOURCE_NOT_FOUND
     *                                         when it was dropped since listing
     */
    @Override
    public RecordReader open() {
        return openAfter(null);
    }

    /**
     * Rows whose cursor is greater than {@code after} ({@code null}: all rows). When the reader reaches its end it reads
     * its mark, the greatest cursor value past {@code after}, in the same snapshot as the rows.
     *
     * @throws dev.kimball.api.SourceException as {@link #open()}; SOURCE_READ_FAILED when PostgreSQL cannot cast
     *                                         {@code after} to the cursor column's type (a mark of another column)
     * @throws UnsupportedOperationException   when {@code after} is set but the source has no cursor column
     */
    @Override
    public RecordReader openAfter(String after) {
        if (after != null && cursor == null) {
            throw new UnsupportedOperationException(name() + " has no cursor column; set PostgresSource.cursorColumn(...)");
        }
        Connection c = PgConnections.open(source, endpoint, options.readTimeout());
        try {
            CursorBounds.beginSnapshotTransaction(c);
            if (snapshot != null) {
                SharedSnapshot.importInto(c, snapshot.join());
            }
            if (after != null) {
                CursorBounds.bindAfter(c, after);
            }
        } catch (RuntimeException e) {
            PgConnections.closeQuietly(c);
            throw e;
        } catch (SQLException e) {
            PgConnections.closeQuietly(c);
            throw PgFailures.translate(e, "reading " + name() + (after == null ? "" : " after " + cursor.name() + " " + after),
                    endpoint, null);
        }
        String select = select(after != null);
        RecordReader reader = options.mode() == ReadMode.COPY ? CopyRecordReader.start(c, select, table, name(), endpoint)
                : CursorRecordReader.start(c, select, table, name(), endpoint, options.fetchSize());
        return new MarkedReader(reader, () -> mark(c, after), snapshot == null ? () -> { } : () -> snapshot.finished(index));
    }

    /** The high-water mark after a read: in the shared snapshot, or in this reader's own transaction (still open). */
    private String mark(Connection c, String after) {
        if (cursor == null) {
            return null;
        }
        try {
            return snapshot != null ? snapshot.mark(after) : CursorBounds.max(c, table, cursor, after);
        } catch (SQLException e) {
            throw PgFailures.translate(e, "reading the greatest " + cursor.name() + " of " + name(), endpoint, null);
        }
    }

    /** The snapshot shared with the other ranges of the table, or null for a whole table (for tests). */
    SharedSnapshot snapshot() {
        return snapshot;
    }

    /** Ends the snapshot shared with the other ranges of the table, if this unit's table has one. */
    @Override
    public void release() {
        if (snapshot != null) {
            snapshot.release();
        }
    }

    @Override
    public String toString() {
        return "PgTableUnit[" + name() + "]";
    }
}
