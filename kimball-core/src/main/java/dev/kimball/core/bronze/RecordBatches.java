package dev.kimball.core.bronze;

import dev.kimball.spi.RecordReader;
import dev.kimball.spi.SourceRecord;
import dev.kimball.spi.TextRows;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads a unit on its own thread and hands over batches of bronze rows and rejects through a queue of two, so
 * parsing and the warehouse write overlap (on 2 cores, nearly doubling a single file's rate) while memory stays
 * bounded to a few batches: the one being read, the queue's two, and what the writer holds (one being encoded on
 * ClickHouse; one queued and one being stored on DuckDB). Readers with a packed path ({@link RecordReader#readText})
 * fill {@link TextRows} batches, others {@code Object[]} rows. {@link #next()} returns {@code null} at the end and
 * rethrows the reader's failure.
 */
final class RecordBatches implements AutoCloseable {
    /**
     * One batch, with the reader's byte position after it: rows either as {@code Object[]} ({@code rows}) or packed
     * ({@code text}, from a reader with {@link RecordReader#readText}; {@code rows} is then empty).
     */
    record Batch(List<Object[]> rows, TextRows text, List<Object[]> rejects, long bytesRead) {
        int rowCount() {
            return text != null ? text.size() : rows.size();
        }
    }

    private static final Batch END = new Batch(List.of(), null, List.of(), -1);
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(2);
    private final Thread thread;
    private volatile boolean stopped;

    /**
     * Rows are the {@code width} values then the source line ({@link BronzeTables#writerColumns}); rejects are line,
     * reason and raw text ({@link BronzeTables#REJECT_ROW_COLUMNS}).
     */
    RecordBatches(RecordReader reader, int width, int batchSize, String threadName) {
        this.thread = new Thread(() -> produce(reader, width, batchSize), threadName);
        thread.setDaemon(true);
        thread.start();
    }

    private void produce(RecordReader reader, int width, int batchSize) {
        try {
            // sized small: most readers have no packed path, and the first batch grows it if they do
            TextRows text = new TextRows(width, 16);
            List<SourceRecord> rejected = new ArrayList<>();
            int n = reader.readText(text, batchSize, rejected, batchSize);
            if (n >= 0) {
                produceText(reader, width, batchSize, text, rejected, n);
                return;
            }
            List<Object[]> rows = new ArrayList<>(Math.min(batchSize, 65_536));
            List<Object[]> rejects = new ArrayList<>();
            SourceRecord r;
            while ((r = reader.next()) != null) {
                if (!r.isReject() && r.width() != width) {
                    r = SourceRecord.reject(r.line(), String.join(",", r.values()),
                            "expected " + width + " fields, found " + r.values().length);
                }
                if (r.isReject()) {
                    rejects.add(rejectRow(r));
                } else {
                    byte[][] utf8 = r.utf8Values(); // text the writers store as it is, no String made
                    Object[] row = Arrays.copyOf(utf8 != null ? utf8 : r.values(), width + 1, Object[].class);
                    row[width] = r.line();
                    rows.add(row);
                }
                if (rows.size() >= batchSize || rejects.size() >= batchSize) {
                    if (!put(new Batch(rows, null, rejects, reader.bytesRead()))) {
                        return;
                    }
                    rows = new ArrayList<>(Math.min(batchSize, 65_536));
                    rejects = new ArrayList<>();
                }
            }
            if (put(new Batch(rows, null, rejects, reader.bytesRead()))) {
                put(END);
            }
        } catch (RuntimeException | Error e) {
            put(e);
        }
    }

    /** The packed path: {@code n} records were read into {@code text} and {@code rejected} already. */
    private void produceText(RecordReader reader, int width, int batchSize, TextRows text, List<SourceRecord> rejected, int n) {
        while (n > 0) {
            if (text.size() >= batchSize || rejected.size() >= batchSize) {
                if (!put(new Batch(List.of(), text, rejectRows(rejected), reader.bytesRead()))) {
                    return;
                }
                text = new TextRows(width, Math.min(batchSize, 65_536));
                rejected = new ArrayList<>();
            }
            n = reader.readText(text, batchSize, rejected, batchSize);
        }
        if (put(new Batch(List.of(), text, rejectRows(rejected), reader.bytesRead()))) {
            put(END);
        }
    }

    private static List<Object[]> rejectRows(List<SourceRecord> rejected) {
        List<Object[]> out = new ArrayList<>(rejected.size());
        for (SourceRecord r : rejected) {
            out.add(rejectRow(r));
        }
        return out;
    }

    private static Object[] rejectRow(SourceRecord r) {
        return new Object[] {r.line(), r.rejectReason(), truncate(r.raw())};
    }

    private boolean put(Object item) {
        try {
            while (!stopped) {
                if (queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    /** The next batch, or {@code null} when the unit is fully read. */
    Batch next() {
        Object item;
        try {
            item = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the reader", e);
        }
        if (item == END) {
            return null;
        }
        if (item instanceof RuntimeException e) {
            throw e;
        }
        if (item instanceof Error e) {
            throw e;
        }
        return (Batch) item;
    }

    private static String truncate(String raw) {
        return raw.length() <= UnitLoader.MAX_RAW ? raw : raw.substring(0, UnitLoader.MAX_RAW) + "…(truncated)";
    }

    /** Stops the reading thread (if still running) and waits for it, so the reader can be closed safely. */
    @Override
    public void close() {
        stopped = true;
        queue.clear();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
