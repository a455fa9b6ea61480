package dev.kimball.spi;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A batch of rows of {@link #width()} text values plus one number per row (a bronze row: the values, then the line
 * where it starts), packed column by column: each column's values are UTF-8 bytes one after the other in one array,
 * with their lengths ({@code -1} for a missing value). A text reader appends values straight from its buffers
 * ({@link RecordReader#readText}) and a writer copies a column's values in one go ({@link TableWriter#write(TextRows,
 * String)}), so loading text makes no String, no array and no object per value: on a 1M-row CSV load into DuckDB
 * this was two thirds of the memory allocated and a fifth of the CPU.
 *
 * <p>Filled by one thread, then read by others once handed over; not changed after that. Values must be well-formed
 * UTF-8.
 */
public final class TextRows {
    private final int width;
    private final byte[][] data;
    private final int[] used;
    private final int[][] lengths;
    private long[] numbers;
    private int rows;
    private int column;

    /** An empty batch with room for {@code capacity} rows (it grows if needed). */
    public TextRows(int width, int capacity) {
        if (width < 0 || capacity < 1) {
            throw new IllegalArgumentException("width must be >= 0 and capacity >= 1, got " + width + " and " + capacity);
        }
        this.width = width;
        this.data = new byte[width][];
        this.used = new int[width];
        this.lengths = new int[width][];
        for (int c = 0; c < width; c++) {
            data[c] = new byte[capacity * 8];
            lengths[c] = new int[capacity];
        }
        this.numbers = new long[capacity];
    }

    public int width() {
        return width;
    }

    /** Complete rows in the batch. */
    public int size() {
        return rows;
    }

    /**
     * Reserves {@code maxBytes} bytes for the next value of the row being built and returns the column's array;
     * write the value at {@link #position()} and then call {@link #endValue(int)} with its length.
     */
    public byte[] reserve(int maxBytes) {
        checkColumn();
        byte[] d = data[column];
        if (used[column] + maxBytes > d.length) {
            long want = Math.max((long) d.length * 2, (long) used[column] + maxBytes);
            if (want > Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("a column of one batch must stay under 2 GB of text; use smaller batches");
            }
            d = Arrays.copyOf(d, (int) want);
            data[column] = d;
        }
        return d;
    }

    /** Where the next value of the row being built starts in the array {@link #reserve} returned. */
    public int position() {
        return used[column];
    }

    /** Ends the next value of the row being built, {@code length} bytes written at {@link #position()}. */
    public void endValue(int length) {
        checkColumn();
        used[column] += length;
        lengthsFor(column)[rows] = length;
        column++;
    }

    /** Adds a value to the row being built; {@code null} for a missing value. */
    public void add(byte[] utf8) {
        if (utf8 == null) {
            checkColumn();
            lengthsFor(column)[rows] = -1;
            column++;
            return;
        }
        add(utf8, 0, utf8.length);
    }

    /** Adds {@code utf8[from, from + length)} as the next value of the row being built. */
    public void add(byte[] utf8, int from, int length) {
        byte[] d = reserve(length);
        System.arraycopy(utf8, from, d, position(), length);
        endValue(length);
    }

    /** Completes the row being built (missing trailing values are {@code null}) with its number. */
    public void endRow(long number) {
        while (column < width) {
            add(null);
        }
        if (rows == numbers.length) {
            numbers = Arrays.copyOf(numbers, rows * 2);
        }
        numbers[rows++] = number;
        column = 0;
    }

    private int[] lengthsFor(int c) {
        int[] l = lengths[c];
        if (rows == l.length) {
            l = Arrays.copyOf(l, rows * 2);
            lengths[c] = l;
        }
        return l;
    }

    private void checkColumn() {
        if (column >= width) {
            throw new IllegalStateException("the row already has its " + width + " values; call endRow");
        }
    }

    /** Column {@code c}'s values, one after the other. */
    public byte[] columnBytes(int c) {
        return data[c];
    }

    /** Column {@code c}'s value lengths in row order, {@code -1} for a missing value. */
    public int[] columnLengths(int c) {
        return lengths[c];
    }

    /** The number of row {@code r}. */
    public long number(int r) {
        return numbers[r];
    }

    /** The rows as {@code Object[]} (width Strings, then the number as a Long), for writers without a text path. */
    public List<Object[]> toObjectRows() {
        List<Object[]> out = new ArrayList<>(rows);
        int[] pos = new int[width];
        for (int r = 0; r < rows; r++) {
            Object[] row = new Object[width + 1];
            for (int c = 0; c < width; c++) {
                int len = lengths[c][r];
                if (len >= 0) {
                    row[c] = new String(data[c], pos[c], len, StandardCharsets.UTF_8);
                    pos[c] += len;
                }
            }
            row[width] = numbers[r];
            out.add(row);
        }
        return out;
    }
}
