package dev.kimball.core.warehouse.duckdb;

import dev.kimball.spi.ColumnDef;
import dev.kimball.spi.ColumnType;
import dev.kimball.spi.TextRows;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDataChunkWriter;

/**
 * Hands rows from a {@link DuckDbTableWriter} to the one {@code INSERT ... SELECT ... FROM kimball_rows(id)} statement
 * that stores them, which runs on its own thread: {@link #put} queues a batch (waiting while one batch is already
 * queued, so memory stays two batches), {@link #finish} ends the statement once every row is stored and {@link #abort}
 * makes it fail. Values go into DuckDB's vectors a column at a time ({@link ChunkFiller}: one native call per string
 * column and chunk), which is what makes this path several times faster than the Appender of the driver, whose every
 * 2,048 rows are a separate storage flush.
 *
 * <p>Parallel: DuckDB pulls chunks on all its threads ({@link #fill} is thread-safe: a chunk's rows are claimed under
 * the lock and copied into the vectors outside it), and its insert operator then appends on those threads too. DuckDB
 * only plans a parallel insert when {@code preserve_insertion_order} is off, a database-wide setting: {@link #start}
 * turns it off just while the statement is planned (see {@link DuckDbWarehouse#relaxInsertionOrder}). The rows of a
 * batch are therefore stored in chunk order per thread, not in file order; bronze rows carry their source line.
 *
 * <p>Feeds are found by id from the table function ({@link KimballRowsFunction}), through a process-wide map of the
 * feeds whose statement is running (a database opened twice in one process shares the registered function).
 */
final class RowFeed {
    /** Raised in {@link #put} and {@link #finish} when the statement failed; the cause is DuckDB's or the value's error. */
    static final class Failed extends Exception {
        private static final long serialVersionUID = 1L;

        Failed(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }

    /**
     * A queued batch (rows, or packed text rows) and the writer's id for it (named in errors); for text, {@code pos}
     * holds each column's byte offset of the next row not yet claimed.
     */
    private record Batch(List<Object[]> rows, TextRows text, String id, int[] pos) {
        int size() {
            return text != null ? text.size() : rows.size();
        }
    }

    private static final Map<Long, RowFeed> RUNNING = new ConcurrentHashMap<>();
    private static final AtomicLong IDS = new AtomicLong();

    private final long id = IDS.incrementAndGet();
    private final List<ColumnDef> columns;
    private final ColumnType[] types;
    private final Thread thread;
    private final ArrayDeque<Batch> queued = new ArrayDeque<>(2);
    private Batch current;
    private int next;
    private boolean planned;
    private boolean ended;
    private boolean aborted;
    private boolean done;
    private Throwable failure;

    private RowFeed(List<ColumnDef> columns, DuckDBConnection connection, String insertPrefix, String threadName) {
        this.columns = List.copyOf(columns);
        this.types = columns.stream().map(ColumnDef::type).toArray(ColumnType[]::new);
        String sql = insertPrefix + id + ")";
        this.thread = new Thread(() -> run(connection, sql), threadName);
        thread.setDaemon(true);
    }

    /**
     * Starts {@code insertPrefix + id + ")"} on {@code connection} in a new thread (the statement reads this feed
     * through {@code kimball_rows(id)}). With {@code parallel}, returns once DuckDB has planned it, with insertion
     * order relaxed in {@code warehouse} only for that time; without, the insert runs on one thread (a small write:
     * relaxing costs three statements, more than the rows).
     */
    static RowFeed start(DuckDbWarehouse warehouse, List<ColumnDef> columns, DuckDBConnection connection, String insertPrefix,
                         String threadName, boolean parallel) {
        RowFeed f = new RowFeed(columns, connection, insertPrefix, threadName);
        RUNNING.put(f.id, f);
        if (!parallel) {
            f.thread.start();
            return f;
        }
        warehouse.relaxInsertionOrder();
        try {
            f.thread.start();
            f.awaitPlanned();
        } finally {
            warehouse.restoreInsertionOrder();
        }
        return f;
    }

    /** The running feed with this id; {@code null} when there is none. */
    static RowFeed find(long id) {
        return RUNNING.get(id);
    }

    List<ColumnDef> columns() {
        return columns;
    }

    private void run(DuckDBConnection connection, String sql) {
        Throwable error = null;
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        } catch (SQLException | RuntimeException e) {
            error = e;
        } finally {
            RUNNING.remove(id);
            synchronized (this) {
                if (failure == null && error != null) {
                    failure = error;
                }
                done = true;
                notifyAll();
            }
        }
    }

    /** Called by DuckDB when the statement starts executing: its plan (parallel or not) is fixed from here on. */
    synchronized void planned() {
        planned = true;
        notifyAll();
    }

    private synchronized void awaitPlanned() {
        boolean interrupted = false;
        while (!planned && !done) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true; // the setting must be restored after planning, whatever happens
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Queues a batch, waiting while another one is queued. The rows must not change until the feed has finished.
     *
     * @throws Failed when the statement failed (before or while taking an earlier batch)
     */
    synchronized void put(List<Object[]> rows, String batchId) throws Failed {
        awaitRoom();
        queued.add(new Batch(rows, null, batchId, null));
        notifyAll();
    }

    private void awaitRoom() throws Failed {
        boolean interrupted = false;
        while (!queued.isEmpty() && !done) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (done) {
            throw new Failed(failure != null ? failure : new IllegalStateException("the insert statement has already ended"));
        }
    }

    /**
     * Queues packed text rows (the feed's columns must be width text columns, then one INT64 for the row numbers),
     * as {@link #put(List, String)}.
     *
     * @throws Failed when the statement failed (before or while taking an earlier batch)
     * @throws IllegalArgumentException when the feed's columns do not fit the rows
     */
    synchronized void put(TextRows rows, String batchId) throws Failed {
        int w = rows.width();
        if (types.length != w + 1 || types[w] != ColumnType.INT64) {
            throw new IllegalArgumentException("batch " + batchId + ": text rows of " + w + " values need a writer of " + w
                    + " STRING columns and one INT64, not " + columns);
        }
        for (int c = 0; c < w; c++) {
            if (types[c] != ColumnType.STRING) {
                throw new IllegalArgumentException("batch " + batchId + ": column " + columns.get(c).name() + " is "
                        + types[c] + ", text rows need STRING");
            }
        }
        awaitRoom();
        queued.add(new Batch(List.of(), rows, batchId, new int[w]));
        notifyAll();
    }

    /**
     * Ends the rows and waits for the statement to store them all.
     *
     * @throws Failed when the statement failed
     */
    void finish() throws Failed {
        synchronized (this) {
            ended = true;
            notifyAll();
        }
        join();
        if (failure != null) {
            throw new Failed(failure);
        }
        if (current != null && next < current.size() || !queued.isEmpty()) {
            throw new Failed(new IllegalStateException("the insert statement ended before taking every row"));
        }
    }

    /** Makes the statement fail (its rows are rolled back by the caller) and waits for it. */
    void abort() {
        synchronized (this) {
            aborted = true;
            notifyAll();
        }
        join();
    }

    private void join() {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // the statement must end before its connection is used again
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Called by DuckDB (inside the statement, on any of its threads): fills the chunk with the next rows, waiting for
     * a batch; 0 once every row was taken and the feed ended.
     *
     * @throws IllegalStateException when the writer was closed without committing
     * @throws IllegalArgumentException naming the batch, row and column when a value does not fit its column
     */
    long fill(ChunkFiller filler, DuckDBDataChunkWriter out) throws InterruptedException {
        Batch batch;
        int from;
        int n;
        synchronized (this) {
            while (true) {
                if (aborted) {
                    throw new IllegalStateException("the writer was closed before commit; its rows are rolled back");
                }
                if (failure != null) {
                    throw new IllegalStateException("another part of this insert failed: " + failure.getMessage(), failure);
                }
                if (current != null && next < current.size()) {
                    break;
                }
                current = queued.poll();
                next = 0;
                if (current != null) {
                    notifyAll(); // room for the writer's next batch
                } else if (ended) {
                    return 0;
                } else {
                    wait();
                }
            }
            batch = current;
            from = next;
            n = (int) Math.min(out.capacity(), batch.size() - from);
            next += n;
            if (batch.text() != null) {
                filler.claimText(batch.pos(), batch.text(), from, n);
            }
        }
        try {
            if (batch.text() != null) {
                filler.fillText(out, batch.text(), from, n);
            } else {
                filler.fillRows(out, batch.rows(), batch.id(), from, n);
            }
        } catch (RuntimeException e) {
            synchronized (this) {
                if (failure == null) {
                    failure = e;
                }
                notifyAll();
            }
            throw e;
        }
        return n;
    }
}
