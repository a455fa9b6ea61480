package dev.kimball.core.warehouse.duckdb;

import dev.kimball.api.TableRef;
import dev.kimball.api.WarehouseException;
import dev.kimball.spi.ColumnDef;
import dev.kimball.spi.TableWriter;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes through DuckDB's Appender (0.9–1.6M rows/s here, against 7–14k for JDBC batches). The Appender fills
 * every column of the table in order, so columns the caller did not name are written as NULL. Each batch is
 * one transaction: it is either fully visible or not at all.
 */
final class DuckDbTableWriter implements TableWriter {
    private final DuckDbWarehouse warehouse;
    private final TableRef table;
    private final DuckDBConnection connection;
    private final List<ColumnDef> columns;
    private List<String> mappedFor;
    /** For each table column, the index in the caller's row, or -1. */
    private int[] source;

    DuckDbTableWriter(DuckDbWarehouse warehouse, TableRef table, List<String> tableColumns, List<ColumnDef> columns) {
        this.warehouse = warehouse;
        this.table = table;
        this.columns = List.copyOf(columns);
        map(tableColumns);
        this.connection = warehouse.connection();
    }

    /** The table may have gained columns since the last batch (another load widened it): map again. */
    private void map(List<String> tableColumns) {
        for (ColumnDef c : columns) {
            if (!tableColumns.contains(c.name())) {
                throw new WarehouseException("COLUMN_MISSING", "table " + table + " has no column '" + c.name() + "'; it has " + tableColumns);
            }
        }
        int[] s = new int[tableColumns.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = -1;
            for (int j = 0; j < columns.size(); j++) {
                if (columns.get(j).name().equals(tableColumns.get(i))) {
                    s[i] = j;
                }
            }
        }
        this.source = s;
        this.mappedFor = tableColumns;
    }

    @Override
    public void write(List<Object[]> rows, String batchId) {
        try {
            List<String> now = warehouse.columns(table);
            if (!now.equals(mappedFor)) {
                map(now);
            }
            connection.setAutoCommit(false);
            try (DuckDBAppender a = connection.createAppender(table.schema(), table.name())) {
                for (Object[] row : rows) {
                    a.beginRow();
                    for (int s : source) {
                        append(a, s < 0 ? null : row[s]);
                    }
                    a.endRow();
                }
                a.flush();
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new WarehouseException("WAREHOUSE_WRITE", "writing batch " + batchId + " (" + rows.size() + " rows) to "
                    + table + " in " + warehouse.url() + " failed: " + e.getMessage(), e);
        }
    }

    private static void append(DuckDBAppender a, Object v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else if (v instanceof String s) {
            a.append(s);
        } else if (v instanceof Long l) {
            a.append(l.longValue());
        } else if (v instanceof Integer i) {
            a.append((long) i);
        } else if (v instanceof Double d) {
            a.append(d.doubleValue());
        } else if (v instanceof Boolean b) {
            a.append(b.booleanValue());
        } else if (v instanceof Instant t) {
            a.appendEpochMicros(ChronoUnit.MICROS.between(Instant.EPOCH, t));
        } else {
            throw new IllegalArgumentException("unsupported value type " + v.getClass().getName());
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new WarehouseException("WAREHOUSE_CLOSE", "closing writer of " + table + ": " + e.getMessage(), e);
        }
    }
}
