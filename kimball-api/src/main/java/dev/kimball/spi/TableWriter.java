package dev.kimball.spi;

import java.util.List;

/**
 * Writes batches of rows to one table through the engine's bulk path (ClickHouse RowBinary inserts, a DuckDB
 * {@code INSERT ... SELECT} fed from Java). Each row is an {@code Object[]} in the column order the writer was opened
 * with. Not thread-safe: open one writer per thread.
 *
 * <p>Durability: rows are durable once {@link #commit()} returns, and not before unless the engine says so. An engine
 * may make batches durable earlier (ClickHouse: every insert of several batches, once sent); an engine with
 * transactions (DuckDB) keeps everything written since the last commit in one transaction, so a writer closed without
 * commit leaves no rows behind.
 */
public interface TableWriter extends AutoCloseable {
    /**
     * Writes one batch. {@code batchId} identifies the batch so that a retried batch is not written twice where the
     * engine supports it (ClickHouse {@code insert_deduplication_token}); it must be unique per batch and attempt of a load.
     * The writer may still read the row arrays after returning (until {@link #commit()}): do not modify them. A failure
     * may surface at a later call or at commit.
     */
    void write(List<Object[]> rows, String batchId);

    /**
     * Writes a batch of text rows: each row's {@link TextRows#width()} values go to the writer's first columns and its
     * number to the last (the writer was opened with width + 1 columns: text, then INT64). Engines copy the packed
     * values as they are; the default writes {@link TextRows#toObjectRows()}. The same retry and durability rules as
     * {@link #write(List, String)} apply.
     */
    default void write(TextRows rows, String batchId) {
        write(rows.toObjectRows(), batchId);
    }

    /** Makes every row written so far durable and visible. */
    void commit();

    /** Releases the writer; rows not yet committed are discarded where the engine can (see the class comment). */
    @Override
    void close();
}
