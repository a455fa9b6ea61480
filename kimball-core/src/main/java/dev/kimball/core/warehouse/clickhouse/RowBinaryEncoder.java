package dev.kimball.core.warehouse.clickhouse;

import dev.kimball.spi.ColumnDef;
import dev.kimball.spi.ColumnType;
import dev.kimball.spi.FixedValue;
import dev.kimball.spi.TextRows;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Encodes rows into ClickHouse's {@code RowBinary} format in a reusable in-memory buffer: per value a null flag
 * byte for Nullable columns, then String as LEB128 length + UTF-8 bytes, Int64/Float64 little-endian, Bool as one
 * byte, DateTime64(6) as Int64 microseconds. Encoding by hand (instead of through the client's generic writer)
 * keeps the per-value cost to a few array stores, and a complete buffer lets a failed batch be resent unchanged.
 * Fixed values ({@link FixedValue}) are encoded once and copied after each row's own values. Not thread-safe.
 */
final class RowBinaryEncoder {
    private final List<ColumnDef> columns;
    private final ColumnType[] types;
    private final boolean[] nullable;
    private final byte[] fixedBytes;
    private byte[] buf = new byte[1 << 16];
    private int len;

    /** Past this size a buffer with a bulk capacity grows to it in one step. */
    private static final int BULK_FROM = 1 << 20;
    private final int bulkCapacity;

    RowBinaryEncoder(List<ColumnDef> columns) {
        this(columns, List.of(), 0);
    }

    /**
     * @param bulkCapacity the size the buffer will likely reach (a bulk writer's insert size), or 0: once past 1 MiB the
     *                     buffer grows to it at once instead of doubling there (each doubling copies the buffer and
     *                     touches new memory: 13% of a bulk load's client CPU)
     * @throws IllegalArgumentException naming the column when a fixed value has a Java type its column cannot take
     */
    RowBinaryEncoder(List<ColumnDef> columns, List<FixedValue> fixed, int bulkCapacity) {
        this.bulkCapacity = bulkCapacity;
        this.columns = List.copyOf(columns);
        this.types = columns.stream().map(ColumnDef::type).toArray(ColumnType[]::new);
        this.nullable = new boolean[columns.size()];
        for (int i = 0; i < nullable.length; i++) {
            nullable[i] = columns.get(i).nullable();
        }
        if (fixed.isEmpty()) {
            this.fixedBytes = new byte[0];
        } else {
            RowBinaryEncoder once = new RowBinaryEncoder(fixed.stream().map(FixedValue::column).toList(), List.of(), 0);
            once.append(List.<Object[]>of(fixed.stream().map(FixedValue::value).toArray()));
            this.fixedBytes = once.bytes();
        }
    }

    /**
     * Replaces the buffer's content with these rows.
     *
     * @throws IllegalArgumentException naming the row index and column if a row has the wrong number of values, a
     *         value has a Java type the column cannot take, or a non-nullable column gets null
     */
    void encode(List<Object[]> rows) {
        len = 0;
        append(rows);
    }

    /**
     * Adds these rows after the buffer's content; if a row is refused, the buffer is left as it was before the call.
     *
     * @throws IllegalArgumentException as {@link #encode}
     */
    void append(List<Object[]> rows) {
        int start = len;
        try {
            appendRows(rows);
        } catch (RuntimeException e) {
            len = start;
            throw e;
        }
    }

    /**
     * Adds packed text rows after the buffer's content: each row's values, then its number, then the fixed values.
     *
     * @throws IllegalArgumentException when the columns are not the rows' text columns (nullable) and one INT64
     */
    void append(TextRows rows) {
        int w = rows.width();
        if (types.length != w + 1 || types[w] != ColumnType.INT64 || nullable[w]) {
            throw new IllegalArgumentException("text rows of " + w + " values need a writer of " + w + " nullable STRING columns "
                    + "and one INT64, not " + columns);
        }
        for (int c = 0; c < w; c++) {
            if (types[c] != ColumnType.STRING || !nullable[c]) {
                throw new IllegalArgumentException("column " + columns.get(c).name() + " is " + types[c] + (nullable[c] ? "" : " NOT NULL")
                        + ", text rows need a nullable STRING");
            }
        }
        int[] pos = new int[w];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < w; c++) {
                int n = rows.columnLengths(c)[r];
                if (n < 0) {
                    ensure(1);
                    buf[len++] = 1;
                    continue;
                }
                ensure(1);
                buf[len++] = 0;
                writeUtf8(rows.columnBytes(c), pos[c], n);
                pos[c] += n;
            }
            writeLong(rows.number(r));
            if (fixedBytes.length > 0) {
                ensure(fixedBytes.length);
                System.arraycopy(fixedBytes, 0, buf, len, fixedBytes.length);
                len += fixedBytes.length;
            }
        }
    }

    /** Empties the buffer (keeping its capacity). */
    void clear() {
        len = 0;
    }

    private void appendRows(List<Object[]> rows) {
        for (int r = 0; r < rows.size(); r++) {
            Object[] row = rows.get(r);
            if (row == null || row.length != types.length) {
                throw new IllegalArgumentException("row " + r + " of the batch has " + (row == null ? "no" : row.length)
                        + " values, but the writer was opened with " + types.length + " columns");
            }
            for (int c = 0; c < types.length; c++) {
                Object v = row[c];
                if (nullable[c]) {
                    ensure(1);
                    buf[len++] = (byte) (v == null ? 1 : 0);
                    if (v == null) {
                        continue;
                    }
                } else if (v == null) {
                    throw bad(r, c, v, "a value (the column is not nullable)");
                }
                switch (types[c]) {
                    case STRING -> {
                        if (v instanceof byte[] b) { // UTF-8 already (SourceRecord.utf8Row)
                            writeUtf8(b, 0, b.length);
                        } else if (v instanceof String s) {
                            writeString(s);
                        } else {
                            throw bad(r, c, v, "a String or UTF-8 byte[]");
                        }
                    }
                    case INT64 -> {
                        if (!(v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte)) {
                            throw bad(r, c, v, "a Long");
                        }
                        writeLong(((Number) v).longValue());
                    }
                    case FLOAT64 -> {
                        if (!(v instanceof Double || v instanceof Float)) {
                            throw bad(r, c, v, "a Double");
                        }
                        writeLong(Double.doubleToRawLongBits(((Number) v).doubleValue()));
                    }
                    case BOOLEAN -> {
                        if (!(v instanceof Boolean b)) {
                            throw bad(r, c, v, "a Boolean");
                        }
                        ensure(1);
                        buf[len++] = (byte) (b ? 1 : 0);
                    }
                    case TIMESTAMP -> {
                        if (!(v instanceof Instant t)) {
                            throw bad(r, c, v, "an Instant");
                        }
                        writeLong(micros(t, r, c));
                    }
                }
            }
            if (fixedBytes.length > 0) {
                ensure(fixedBytes.length);
                System.arraycopy(fixedBytes, 0, buf, len, fixedBytes.length);
                len += fixedBytes.length;
            }
        }
    }

    private IllegalArgumentException bad(int row, int col, Object v, String expected) {
        return new IllegalArgumentException("row " + row + " of the batch, column " + columns.get(col).name() + " ("
                + columns.get(col).type() + "): expected " + expected + ", got "
                + (v == null ? "null" : v.getClass().getName()));
    }

    private long micros(Instant t, int row, int col) {
        try {
            // getNano() is always in [0, 1e9), so this floors correctly before the epoch too
            return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("row " + row + " of the batch, column " + columns.get(col).name()
                    + ": timestamp " + t + " is out of range for DateTime64(6)", e);
        }
    }

    /**
     * Writes a string; a lone surrogate becomes '?', as in {@link String#getBytes}. Text of a load arrives packed
     * ({@link #append(TextRows)}), so this path (metadata, other writers) need not avoid the array per value.
     */
    void writeString(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        writeUtf8(b, 0, b.length);
    }

    /** Writes {@code b[from, from + n)} as a String value: its length, then the bytes. */
    private void writeUtf8(byte[] b, int from, int n) {
        ensure(n + 5);
        writeVarint(n);
        System.arraycopy(b, from, buf, len, n);
        len += n;
    }

    private void writeVarint(int v) {
        while ((v & ~0x7F) != 0) {
            buf[len++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buf[len++] = (byte) v;
    }

    private void writeLong(long v) {
        ensure(8);
        byte[] b = buf;
        int p = len;
        for (int i = 0; i < 8; i++) {
            b[p + i] = (byte) (v >>> (8 * i));
        }
        len = p + 8;
    }

    private void ensure(int extra) {
        if (len + extra > buf.length) {
            long want = Math.max((long) buf.length * 2, (long) len + extra);
            if (len + extra > BULK_FROM) {
                want = Math.max(want, bulkCapacity);
            }
            if (want > Integer.MAX_VALUE - 16) {
                throw new IllegalArgumentException("a batch must encode to less than 2 GB of RowBinary; write smaller batches");
            }
            buf = Arrays.copyOf(buf, (int) want);
        }
    }

    /** Size of the encoded batch in bytes. */
    int size() {
        return len;
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(buf, 0, len);
    }

    /** A copy of the encoded bytes (tests). */
    byte[] bytes() {
        return Arrays.copyOf(buf, len);
    }
}
