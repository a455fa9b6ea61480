package dev.kimball.spi;

import java.util.List;

/**
 * Writes batches of rows to one table through the engine's bulk path (ClickHouse streamed insert, DuckDB
 * Appender). Each row is an {@code Object[]} in the column order the writer was opened with. Not thread-safe:
 * open one writer per thread.
 */
public interface TableWriter extends AutoCloseable {
    /**
     * Writes one batch; returns when it is durable. {@code batchId} identifies the batch so that a retried
     * batch is not written twice where the engine supports it (ClickHouse {@code insert_deduplication_token}).
     */
    void write(List<Object[]> rows, String batchId);

    @Override
    void close();
}
