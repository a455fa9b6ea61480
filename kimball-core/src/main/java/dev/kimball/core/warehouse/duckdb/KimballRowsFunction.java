package dev.kimball.core.warehouse.duckdb;

import dev.kimball.spi.ColumnDef;
import java.sql.Connection;
import java.sql.SQLException;
import org.duckdb.DuckDBColumnType;
import org.duckdb.DuckDBDataChunkWriter;
import org.duckdb.DuckDBFunctions;
import org.duckdb.DuckDBTableFunction;
import org.duckdb.DuckDBTableFunctionBindInfo;
import org.duckdb.DuckDBTableFunctionCallInfo;
import org.duckdb.DuckDBTableFunctionInitInfo;

/**
 * The table function {@code kimball_rows(id)}: the rows a {@link DuckDbTableWriter} hands to its {@link RowFeed}, as
 * columns {@code c0, c1, ...} typed after the writer's columns (timestamps as BIGINT microseconds, which the insert
 * converts with {@code make_timestamp}). Read by every thread DuckDB gives the statement, each with its own
 * {@link ChunkFiller}; rows come out in chunks in no fixed order.
 */
final class KimballRowsFunction implements DuckDBTableFunction<RowFeed, RowFeed, ChunkFiller> {
    static final String NAME = "kimball_rows";
    private static final int MAX_THREADS = 64;

    private KimballRowsFunction() {
    }

    /** Registers the function in the database of {@code connection}. */
    static void register(Connection connection) throws SQLException {
        DuckDBFunctions.tableFunction().withName(NAME).withParameter(DuckDBColumnType.BIGINT)
                .withFunction(new KimballRowsFunction()).register(connection);
    }

    /** @throws IllegalStateException when no writer has a running feed with the given id */
    @Override
    public RowFeed bind(DuckDBTableFunctionBindInfo info) {
        long id = info.getParameter(0).getLong();
        RowFeed feed = RowFeed.find(id);
        if (feed == null) {
            throw new IllegalStateException(NAME + "(" + id + ") is only for KIMBALL's own writers: no writer feeds id " + id);
        }
        int i = 0;
        for (ColumnDef c : feed.columns()) {
            info.addResultColumn("c" + i++, switch (c.type()) {
                case STRING -> DuckDBColumnType.VARCHAR;
                case INT64, TIMESTAMP -> DuckDBColumnType.BIGINT;
                case FLOAT64 -> DuckDBColumnType.DOUBLE;
                case BOOLEAN -> DuckDBColumnType.BOOLEAN;
            });
        }
        return feed;
    }

    @Override
    public RowFeed init(DuckDBTableFunctionInitInfo info) {
        info.setMaxThreads(MAX_THREADS); // DuckDB uses at most its own thread count
        RowFeed feed = info.getBindData();
        feed.planned();
        return feed;
    }

    @Override
    public ChunkFiller localInit(DuckDBTableFunctionInitInfo info) {
        RowFeed feed = info.getBindData();
        return new ChunkFiller(feed.columns());
    }

    @Override
    public long apply(DuckDBTableFunctionCallInfo info, DuckDBDataChunkWriter out) throws InterruptedException {
        RowFeed feed = info.getInitData();
        return feed.fill(info.getLocalInitData(), out);
    }
}
