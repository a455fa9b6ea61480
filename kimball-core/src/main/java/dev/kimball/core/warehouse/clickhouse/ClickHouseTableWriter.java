package dev.kimball.core.warehouse.clickhouse;

import dev.kimball.api.TableRef;
import dev.kimball.api.WarehouseException;
import dev.kimball.spi.ColumnDef;
import dev.kimball.spi.TableWriter;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Writes each batch as one HTTP {@code INSERT INTO t (cols) FORMAT RowBinary} with
 * {@code insert_deduplication_token = batchId}. A batch whose insert fails transiently (connection lost, server
 * overloaded) is resent, up to {@value #ATTEMPTS} attempts with growing pauses: if the first attempt did land
 * before the failure, the server recognises the token and stores the rows once. Not thread-safe.
 */
final class ClickHouseTableWriter implements TableWriter {
    static final int ATTEMPTS = 6;
    private static final long FIRST_BACKOFF_MS = 250;

    private final ClickHouseWarehouse warehouse;
    private final TableRef table;
    private final String target;
    private final RowBinaryEncoder encoder;
    private boolean closed;

    ClickHouseTableWriter(ClickHouseWarehouse warehouse, TableRef table, List<ColumnDef> columns) {
        this.warehouse = warehouse;
        this.table = table;
        var d = warehouse.dialect();
        // client-v2 sends "INSERT INTO " + target + " FORMAT RowBinary", so the column list rides in the target.
        this.target = d.table(table) + " (" + columns.stream().map(c -> d.quote(c.name())).collect(Collectors.joining(", ")) + ")";
        this.encoder = new RowBinaryEncoder(columns);
    }

    /**
     * @throws IllegalArgumentException if a row does not match the writer's columns (names row and column)
     * @throws WarehouseException {@code WAREHOUSE_UNREACHABLE} or {@code WAREHOUSE_STATEMENT} (with the table and
     *         the server's message) once the attempts are used up or at once for a failure retrying cannot fix
     */
    @Override
    public void write(List<Object[]> rows, String batchId) {
        Objects.requireNonNull(batchId, "batchId");
        if (closed) {
            throw new IllegalStateException("the writer for " + table + " is closed");
        }
        if (rows.isEmpty()) {
            return;
        }
        encoder.encode(rows);
        long backoff = FIRST_BACKOFF_MS;
        for (int attempt = 1; ; attempt++) {
            try {
                warehouse.insert(target, encoder, batchId);
                return;
            } catch (Exception e) {
                if (attempt >= ATTEMPTS || !ClickHouseErrors.isTransient(e)) {
                    throw warehouse.errors().translate(e, "(batch " + batchId + ", " + rows.size() + " rows, "
                            + encoder.size() + " bytes, attempt " + attempt + " of " + ATTEMPTS + ") INSERT INTO " + target
                            + " FORMAT RowBinary");
                }
                sleep(backoff);
                backoff *= 2; // 0.25 + 0.5 + 1 + 2 + 4 s: long enough to ride out a server restart
            }
        }
    }

    private void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WarehouseException(ClickHouseErrors.INTERRUPTED, "interrupted while retrying an insert into " + table, e);
        }
    }

    /** Every {@link #write} is already one durable insert. */
    @Override
    public void commit() {
        if (closed) {
            throw new IllegalStateException("the writer for " + table + " is closed");
        }
    }

    @Override
    public void close() {
        closed = true;
    }

    @Override
    public String toString() {
        return "ClickHouseTableWriter[" + table + "]";
    }
}
