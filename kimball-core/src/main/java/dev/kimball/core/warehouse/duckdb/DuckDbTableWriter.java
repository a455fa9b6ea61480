package dev.kimball.core.warehouse.duckdb;

import dev.kimball.api.TableRef;
import dev.kimball.api.WarehouseException;
import dev.kimball.spi.ColumnDef;
import dev.kimball.spi.ColumnType;
import dev.kimball.spi.FixedValue;
import dev.kimball.spi.TableWriter;
import dev.kimball.spi.TextRows;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.duckdb.DuckDBConnection;

/**
 * Writes through one {@code INSERT INTO t (cols) SELECT ... FROM kimball_rows(id)} statement per transaction, fed
 * batch by batch ({@link RowFeed}), inside one transaction that {@link #commit()} ends: committing every small batch
 * costs a WAL write and checkpoint work each time (measured 2x slower at 10k-row commits), and one transaction per
 * load unit makes a file's load atomic: a crash or failure leaves none of its rows. Columns of the table the caller
 * did not name get their default (NULL).
 *
 * <p>Why not the driver's Appender: it flushes every 2,048 rows into storage as a separate append, which measured
 * 2.5x slower on a 1M-row, 12-column bronze load than DuckDB's own insert operator reading the same rows from a
 * Java table function.
 */
final class DuckDbTableWriter implements TableWriter {
    /** A writer whose first batch has this many rows inserts on all of DuckDB's threads (two of its vectors at least). */
    static final int PARALLEL_ROWS = 4_096;

    private final DuckDbWarehouse warehouse;
    private final TableRef table;
    private final List<ColumnDef> columns;
    private final DuckDBConnection connection;
    private final String insertPrefix;
    private RowFeed feed;
    /** Rows written since the last commit, in a transaction that is still open. */
    private boolean uncommitted;
    private long pendingRows;

    /**
     * @throws IllegalArgumentException naming the column when a fixed value has a Java type its column cannot take
     */
    DuckDbTableWriter(DuckDbWarehouse warehouse, TableRef table, List<String> tableColumns, List<ColumnDef> columns,
                      List<FixedValue> fixed) {
        this.warehouse = warehouse;
        this.table = table;
        for (ColumnDef c : Stream.concat(columns.stream(), fixed.stream().map(FixedValue::column)).toList()) {
            if (!tableColumns.contains(c.name())) {
                throw new WarehouseException("COLUMN_MISSING", "table " + table + " has no column '" + c.name() + "'; it has " + tableColumns);
            }
        }
        this.columns = List.copyOf(columns);
        DuckDbDialect d = (DuckDbDialect) warehouse.dialect();
        StringBuilder names = new StringBuilder();
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            names.append(i == 0 ? "" : ", ").append(d.quote(columns.get(i).name()));
            values.append(i == 0 ? "" : ", ").append(columns.get(i).type() == ColumnType.TIMESTAMP ? "make_timestamp(c" + i + ")" : "c" + i);
        }
        // fixed values are literals of the statement: DuckDB adds them as constant vectors, nothing crosses per row
        for (FixedValue f : fixed) {
            names.append(names.length() == 0 ? "" : ", ").append(d.quote(f.column().name()));
            values.append(values.length() == 0 ? "" : ", ").append(literal(d, f));
        }
        this.insertPrefix = "INSERT INTO " + d.table(table) + " (" + names + ") SELECT " + values + " FROM "
                + KimballRowsFunction.NAME + "(";
        this.connection = warehouse.connection();
    }

    private static String literal(DuckDbDialect d, FixedValue f) {
        ColumnType type = f.column().type();
        Object v = f.value();
        String sql = v == null ? "NULL" : switch (type) {
            case STRING -> v instanceof String str ? d.literal(str) : null;
            case INT64 -> v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte ? v.toString() : null;
            case FLOAT64 -> v instanceof Double || v instanceof Float ? "'" + ((Number) v).doubleValue() + "'" : null; // NaN, Infinity too
            case BOOLEAN -> v instanceof Boolean ? v.toString() : null;
            case TIMESTAMP -> v instanceof Instant t ? "make_timestamp(" + ChunkFiller.micros(t, "column " + f.column().name()) + ")" : null;
        };
        if (sql == null) {
            throw new IllegalArgumentException("fixed value of column " + f.column().name() + " (" + type + "): got a "
                    + v.getClass().getName());
        }
        return "CAST(" + sql + " AS " + d.typeName(type, true) + ")";
    }

    /**
     * @throws WarehouseException {@code WAREHOUSE_WRITE} when DuckDB rejected a row or a value did not fit its column, in
     *         this batch or an earlier one still being stored (the message names batch, row and column); the
     *         transaction is then unusable: close the writer
     */
    @Override
    public void write(List<Object[]> rows, String batchId) {
        if (rows.isEmpty()) {
            return;
        }
        List<Object[]> copy = Arrays.asList(rows.toArray(new Object[0][])); // DuckDB reads the rows after we return
        put(rows.size(), batchId, f -> f.put(copy, batchId));
    }

    private interface Put {
        void to(RowFeed feed) throws RowFeed.Failed;
    }

    /** Starts the feed (and the transaction) on the first batch, then hands the batch over. */
    private void put(int rows, String batchId, Put put) {
        try {
            if (feed == null) {
                connection.setAutoCommit(false);
                uncommitted = true;
                feed = RowFeed.start(warehouse, columns, connection, insertPrefix, "kimball-duckdb-insert-" + table.name(),
                        rows >= PARALLEL_ROWS);
            }
            put.to(feed);
            pendingRows += rows;
        } catch (RowFeed.Failed e) {
            throw failed("writing batch " + batchId + " (" + rows + " rows)", e.getCause());
        } catch (SQLException e) {
            throw failed("writing batch " + batchId + " (" + rows + " rows)", e);
        }
    }

    /**
     * As {@link #write(List, String)}, for packed text rows (see {@link RowFeed#put(TextRows, String)}).
     *
     * @throws IllegalArgumentException when the writer's columns are not the rows' text columns and one INT64
     */
    @Override
    public void write(TextRows rows, String batchId) {
        if (rows.size() == 0) {
            return;
        }
        put(rows.size(), batchId, f -> f.put(rows, batchId));
    }

    @Override
    public void commit() {
        if (feed == null) {
            return;
        }
        try {
            RowFeed f = feed;
            feed = null;
            f.finish();
            connection.commit();
            uncommitted = false;
            pendingRows = 0;
        } catch (RowFeed.Failed e) {
            throw failed("committing " + pendingRows + " rows", e.getCause());
        } catch (SQLException e) {
            throw failed("committing " + pendingRows + " rows", e);
        }
    }

    private WarehouseException failed(String what, Throwable e) {
        return new WarehouseException("WAREHOUSE_WRITE", what + " to " + table + " in " + warehouse.url() + " failed: " + e.getMessage(), e);
    }

    /** Rolls back anything not committed. */
    @Override
    public void close() {
        try {
            if (feed != null) {
                feed.abort();
                feed = null;
            }
            if (uncommitted) {
                uncommitted = false;
                connection.rollback();
            }
            connection.close();
        } catch (SQLException e) {
            throw new WarehouseException("WAREHOUSE_CLOSE", "closing writer of " + table + ": " + e.getMessage(), e);
        }
    }
}
