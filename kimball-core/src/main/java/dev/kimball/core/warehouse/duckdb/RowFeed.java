package dev.kimball.core.warehouse.duckdb;

import dev.kimball.spi.ColumnDef;
import dev.kimball.spi.ColumnType;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDataChunkWriter;
import org.duckdb.DuckDBWritableVector;

/**
 * Hands rows from a {@link DuckDbTableWriter} to the one {@code INSERT ... SELECT ... FROM kimball_rows(id)} statement
 * that stores them, which runs on its own thread: {@link #put} blocks until DuckDB has pulled every row of the batch
 * (so memory stays one batch), {@link #finish} ends the statement and {@link #abort} makes it fail. Values go into
 * DuckDB's vectors a column at a time (one native call per string column and chunk), which is what makes this path
 * several times faster than the Appender of the driver, whose every 2,048 rows are a separate storage flush.
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

    private static final Map<Long, RowFeed> RUNNING = new ConcurrentHashMap<>();
    private static final AtomicLong IDS = new AtomicLong();

    private final long id = IDS.incrementAndGet();
    private final List<ColumnDef> columns;
    private final ColumnType[] types;
    private final Thread thread;
    private List<Object[]> batch;
    private int next;
    private boolean ended;
    private boolean aborted;
    private boolean done;
    private Throwable failure;
    private byte[][] utf8 = new byte[0][];

    private RowFeed(List<ColumnDef> columns, DuckDBConnection connection, String insertPrefix, String threadName) {
        this.columns = List.copyOf(columns);
        this.types = columns.stream().map(ColumnDef::type).toArray(ColumnType[]::new);
        String sql = insertPrefix + id + ")";
        this.thread = new Thread(() -> run(connection, sql), threadName);
        thread.setDaemon(true);
    }

    /**
     * Starts {@code insertPrefix + id + ")"} on {@code connection} in a new thread; the statement reads this feed
     * through {@code kimball_rows(id)}.
     */
    static RowFeed start(List<ColumnDef> columns, DuckDBConnection connection, String insertPrefix, String threadName) {
        RowFeed f = new RowFeed(columns, connection, insertPrefix, threadName);
        RUNNING.put(f.id, f);
        f.thread.start();
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

    /**
     * Hands over a batch and waits until the statement has taken every row.
     *
     * @throws Failed when the statement failed (before or while taking this batch)
     */
    synchronized void put(List<Object[]> rows) throws Failed {
        if (done) {
            throw new Failed(failure != null ? failure : new IllegalStateException("the insert statement has already ended"));
        }
        batch = rows;
        next = 0;
        notifyAll();
        boolean interrupted = false;
        while (batch != null && !done) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (batch != null || failure != null) {
            throw new Failed(failure != null ? failure : new IllegalStateException("the insert statement ended early"));
        }
    }

    /**
     * Ends the rows and waits for the statement to finish.
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
     * Called by DuckDB (inside the statement): fills the chunk with the next rows, waiting for a batch; 0 at the end.
     *
     * @throws IllegalStateException when the writer was closed without committing
     * @throws IllegalArgumentException naming the row and column when a value does not fit its column
     */
    synchronized long fill(DuckDBDataChunkWriter out) throws InterruptedException {
        while (batch == null && !ended && !aborted) {
            wait();
        }
        if (aborted) {
            throw new IllegalStateException("the writer was closed before commit; its rows are rolled back");
        }
        if (batch == null) {
            return 0;
        }
        int n = (int) Math.min(out.capacity(), batch.size() - next);
        try {
            for (int c = 0; c < types.length; c++) {
                fillColumn(out.vector(c), c, n);
            }
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        }
        next += n;
        if (next == batch.size()) {
            batch = null;
            notifyAll();
        }
        return n;
    }

    private void fillColumn(DuckDBWritableVector v, int c, int n) {
        ColumnType type = types[c];
        if (type == ColumnType.STRING) {
            if (utf8.length != n) {
                utf8 = new byte[n][];
            }
            Object last = null;
            byte[] lastBytes = null;
            for (int i = 0; i < n; i++) {
                Object x = value(next + i, c);
                if (x == null) {
                    utf8[i] = null;
                    continue;
                }
                if (x != last) { // lineage values are one String object for the whole unit: encoded once per chunk
                    if (!(x instanceof String str)) {
                        throw bad(next + i, c, x, "a String");
                    }
                    last = x;
                    lastBytes = str.getBytes(StandardCharsets.UTF_8); // a lone surrogate becomes '?'
                }
                utf8[i] = lastBytes;
            }
            // measured faster than setStrings(String[]), whose encoder takes a slow path for every non-ASCII value
            v.setStringUtf8Batch(0, utf8);
            return;
        }
        for (int i = 0; i < n; i++) {
            Object x = value(next + i, c);
            if (x == null) {
                v.setNull(i);
                continue;
            }
            switch (type) {
                case INT64 -> {
                    if (!(x instanceof Long || x instanceof Integer || x instanceof Short || x instanceof Byte)) {
                        throw bad(next + i, c, x, "a Long");
                    }
                    v.setLong(i, ((Number) x).longValue());
                }
                case FLOAT64 -> {
                    if (!(x instanceof Double || x instanceof Float)) {
                        throw bad(next + i, c, x, "a Double");
                    }
                    v.setDouble(i, ((Number) x).doubleValue());
                }
                case BOOLEAN -> {
                    if (!(x instanceof Boolean b)) {
                        throw bad(next + i, c, x, "a Boolean");
                    }
                    v.setBoolean(i, b);
                }
                case TIMESTAMP -> {
                    if (!(x instanceof Instant t)) {
                        throw bad(next + i, c, x, "an Instant");
                    }
                    v.setLong(i, micros(t, next + i, c));
                }
                default -> throw new IllegalStateException("unhandled column type " + type);
            }
        }
    }

    private Object value(int row, int c) {
        Object[] r = batch.get(row);
        if (r == null || r.length != types.length) {
            throw new IllegalArgumentException("row " + row + " of the batch has " + (r == null ? "no" : r.length)
                    + " values, but the writer was opened with " + types.length + " columns");
        }
        return r[c];
    }

    private long micros(Instant t, int row, int c) {
        try {
            // getNano() is always in [0, 1e9), so this floors correctly before the epoch too
            return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("row " + row + " of the batch, column " + columns.get(c).name()
                    + ": timestamp " + t + " is out of range for a TIMESTAMP", e);
        }
    }

    private IllegalArgumentException bad(int row, int c, Object v, String expected) {
        return new IllegalArgumentException("row " + row + " of the batch, column " + columns.get(c).name() + " ("
                + columns.get(c).type() + "): expected " + expected + ", got " + v.getClass().getName());
    }
}
