package dev.kimball.connector.postgres;

import dev.kimball.api.PostgresSource;
import dev.kimball.spi.RecordReader;
import dev.kimball.spi.SourceUnit;
import java.sql.Connection;
import java.util.stream.Collectors;

/**
 * A whole table, or one key range of a split table. Ranges of one table share the table's name as
 * {@link #tableHint()}: the engine must load them into one bronze table. Opening connects; nothing is held before.
 */
final class PgTableUnit implements SourceUnit {
    private final PostgresSource source;
    private final PgEndpoint endpoint;
    private final PgTable table;
    private final KeyRange range;
    private final int index;
    private final int count;
    private final PostgresReadOptions options;

    /**
     * @param range null for the whole table
     * @param index 1-based position of the range among {@code count} ranges
     */
    PgTableUnit(PostgresSource source, PgEndpoint endpoint, PgTable table, KeyRange range, int index, int count,
                PostgresReadOptions options) {
        this.source = source;
        this.endpoint = endpoint;
        this.table = table;
        this.range = range;
        this.index = index;
        this.count = count;
        this.options = options;
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
        String cols = table.columns().stream().map(PgColumn::selectExpression).collect(Collectors.joining(", "));
        String where = range == null || table.splitKey() == null ? "" : range.condition(PgIdentifiers.quote(table.splitKey()));
        return "SELECT " + cols + " FROM " + table.qualifiedName() + (where.isEmpty() ? "" : " WHERE " + where);
    }

    /**
     * @throws dev.kimball.api.SourceException SOURCE_UNREACHABLE / SOURCE_AUTH_FAILED when connecting fails,
     *                                         SOURCE_PERMISSION_DENIED without SELECT on the table, SOURCE_NOT_FOUND
     *                                         when it was dropped since listing
     */
    @Override
    public RecordReader open() {
        Connection c = PgConnections.open(source, endpoint, options.readTimeout());
        return options.mode() == ReadMode.COPY ? CopyRecordReader.start(c, select(), table, name(), endpoint)
                : CursorRecordReader.start(c, select(), table, name(), endpoint, options.fetchSize());
    }

    @Override
    public String toString() {
        return "PgTableUnit[" + name() + "]";
    }
}
