package dev.kimball.core.warehouse.duckdb;

import dev.kimball.spi.ColumnDef;
import dev.kimball.spi.ColumnType;
import dev.kimball.spi.TextRows;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.duckdb.DuckDBDataChunkWriter;
import org.duckdb.DuckDBWritableVector;

/**
 * Copies the rows of one chunk into DuckDB's vectors, for one of the threads DuckDB reads {@code kimball_rows} with
 * (each thread has its own, so the scratch buffers need no lock): packed text rows a column at a time through one
 * native call each ({@link Utf8Vectors}), {@code Object[]} rows a column at a time by type. {@link RowFeed} decides
 * which rows go to which thread.
 */
final class ChunkFiller {
    private final List<ColumnDef> columns;
    private final ColumnType[] types;
    private byte[][] utf8 = new byte[0][];
    private byte[] payload = new byte[1 << 16];
    private long[] lengths = new long[0];
    private int[] starts = new int[0];

    ChunkFiller(List<ColumnDef> columns) {
        this.columns = List.copyOf(columns);
        this.types = columns.stream().map(ColumnDef::type).toArray(ColumnType[]::new);
    }

    /**
     * Called under the feed's lock, in claim order: notes where each column's values of rows {@code from..from+n-1}
     * start ({@code pos}, the batch's running offsets) and moves {@code pos} past them.
     */
    void claimText(int[] pos, TextRows text, int from, int n) {
        if (starts.length != pos.length) {
            starts = new int[pos.length];
        }
        for (int c = 0; c < pos.length; c++) {
            starts[c] = pos[c];
            int[] len = text.columnLengths(c);
            int p = pos[c];
            for (int i = from; i < from + n; i++) {
                p += Math.max(len[i], 0);
            }
            pos[c] = p;
        }
    }

    /** Outside the lock: one copy of each column's bytes for the chunk, handed to DuckDB in one call. */
    void fillText(DuckDBDataChunkWriter out, TextRows text, int from, int n) {
        int w = text.width();
        if (lengths.length != n) {
            lengths = new long[n];
        }
        for (int c = 0; c < w; c++) {
            int[] len = text.columnLengths(c);
            int bytes = 0;
            for (int i = 0; i < n; i++) {
                int l = len[from + i];
                lengths[i] = l;
                bytes += Math.max(l, 0);
            }
            if (payload.length < bytes) {
                payload = new byte[Math.max(bytes, payload.length * 2)];
            }
            System.arraycopy(text.columnBytes(c), starts[c], payload, 0, bytes);
            Utf8Vectors.assign(out.vector(c), payload, lengths, bytes);
        }
        DuckDBWritableVector numbers = out.vector(w);
        for (int i = 0; i < n; i++) {
            numbers.setLong(i, text.number(from + i));
        }
    }

    /** Fills the chunk with {@code rows[from, from + n)}, column by column. */
    void fillRows(DuckDBDataChunkWriter out, List<Object[]> rows, String batchId, int from, int n) {
        for (int c = 0; c < types.length; c++) {
            fillColumn(out.vector(c), rows, batchId, from, n, c);
        }
    }

    private void fillColumn(DuckDBWritableVector v, List<Object[]> rows, String batchId, int from, int n, int c) {
        ColumnType type = types[c];
        if (type == ColumnType.STRING) {
            if (utf8.length != n) {
                utf8 = new byte[n][];
            }
            Object last = null;
            byte[] lastBytes = null;
            for (int i = 0; i < n; i++) {
                Object x = value(rows, batchId, from + i, c);
                if (x == null) {
                    utf8[i] = null;
                    continue;
                }
                if (x instanceof byte[] b) { // UTF-8 already (SourceRecord.utf8Row)
                    utf8[i] = b;
                    continue;
                }
                if (x != last) { // a value repeated as one String object is encoded once per chunk
                    if (!(x instanceof String str)) {
                        throw bad(batchId, from + i, c, x, "a String or UTF-8 byte[]");
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
            Object x = value(rows, batchId, from + i, c);
            if (x == null) {
                v.setNull(i);
                continue;
            }
            switch (type) {
                case INT64 -> {
                    if (!(x instanceof Long || x instanceof Integer || x instanceof Short || x instanceof Byte)) {
                        throw bad(batchId, from + i, c, x, "a Long");
                    }
                    v.setLong(i, ((Number) x).longValue());
                }
                case FLOAT64 -> {
                    if (!(x instanceof Double || x instanceof Float)) {
                        throw bad(batchId, from + i, c, x, "a Double");
                    }
                    v.setDouble(i, ((Number) x).doubleValue());
                }
                case BOOLEAN -> {
                    if (!(x instanceof Boolean b)) {
                        throw bad(batchId, from + i, c, x, "a Boolean");
                    }
                    v.setBoolean(i, b);
                }
                case TIMESTAMP -> {
                    if (!(x instanceof Instant t)) {
                        throw bad(batchId, from + i, c, x, "an Instant");
                    }
                    v.setLong(i, micros(t, batchId, from + i, c));
                }
                default -> throw new IllegalStateException("unhandled column type " + type);
            }
        }
    }

    private Object value(List<Object[]> rows, String batchId, int row, int c) {
        Object[] r = rows.get(row);
        if (r == null || r.length != types.length) {
            throw new IllegalArgumentException("batch " + batchId + ", row " + row + ": " + (r == null ? "no" : r.length)
                    + " values, but the writer was opened with " + types.length + " columns");
        }
        return r[c];
    }

    private long micros(Instant t, String batchId, int row, int c) {
        return micros(t, "batch " + batchId + ", row " + row + ", column " + columns.get(c).name());
    }

    /** Microseconds since the epoch, as DuckDB's TIMESTAMP holds them. */
    static long micros(Instant t, String where) {
        try {
            // getNano() is always in [0, 1e9), so this floors correctly before the epoch too
            return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(where + ": timestamp " + t + " is out of range for a TIMESTAMP", e);
        }
    }

    private IllegalArgumentException bad(String batchId, int row, int c, Object v, String expected) {
        return new IllegalArgumentException("batch " + batchId + ", row " + row + ", column " + columns.get(c).name() + " ("
                + columns.get(c).type() + "): expected " + expected + ", got " + v.getClass().getName());
    }
}
