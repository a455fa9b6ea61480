package dev.kimball.spi;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A record read from a source: a row of values, or a reject. {@code line} is the 1-based line (or row) number
 * where the record starts in its unit.
 *
 * <p>A reader that decodes text itself may hand over a row's values as UTF-8 bytes ({@link #utf8Row}): a consumer that
 * stores bytes (the bronze loader, whose writers take UTF-8 for text columns) uses {@link #utf8Values()} and never
 * makes a String per value, which measured about a fifth of a CSV load's CPU; {@link #values()} decodes them on first
 * use for everyone else. Not thread-safe.
 */
public final class SourceRecord {
    private final long line;
    private final String raw;
    private final String rejectReason;
    private final byte[][] utf8;
    private String[] values;

    private SourceRecord(String[] values, byte[][] utf8, long line, String raw, String rejectReason) {
        this.values = values;
        this.utf8 = utf8;
        this.line = line;
        this.raw = raw;
        this.rejectReason = rejectReason;
    }

    public static SourceRecord row(String[] values, long line) {
        return new SourceRecord(Objects.requireNonNull(values, "values"), null, line, null, null);
    }

    /**
     * A row whose values are well-formed UTF-8 ({@code null} for a missing value); the arrays are the record's own
     * and must not change afterwards.
     */
    public static SourceRecord utf8Row(byte[][] values, long line) {
        return new SourceRecord(null, Objects.requireNonNull(values, "values"), line, null, null);
    }

    /** A record that cannot be loaded: its raw text (as much as was read) and why. */
    public static SourceRecord reject(long line, String raw, String reason) {
        return new SourceRecord(null, null, line, raw == null ? "" : raw, Objects.requireNonNull(reason, "reason"));
    }

    /** The row's values ({@code null} for a missing value); {@code null} for a reject. */
    public String[] values() {
        if (values == null && utf8 != null) {
            String[] v = new String[utf8.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = utf8[i] == null ? null : new String(utf8[i], StandardCharsets.UTF_8);
            }
            values = v;
        }
        return values;
    }

    /** The row's values as UTF-8 when the reader gave them so ({@link #utf8Row}), else {@code null}. */
    public byte[][] utf8Values() {
        return utf8;
    }

    /** Number of values of a row; 0 for a reject. */
    public int width() {
        return utf8 != null ? utf8.length : values != null ? values.length : 0;
    }

    public long line() {
        return line;
    }

    /** The raw text of a reject; {@code null} for a row. */
    public String raw() {
        return raw;
    }

    /** Why the record is a reject; {@code null} for a row. */
    public String rejectReason() {
        return rejectReason;
    }

    public boolean isReject() {
        return rejectReason != null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceRecord r && line == r.line && Objects.equals(raw, r.raw)
                && Objects.equals(rejectReason, r.rejectReason) && Arrays.equals(values(), r.values());
    }

    @Override
    public int hashCode() {
        return Objects.hash(line, raw, rejectReason, Arrays.hashCode(values()));
    }

    @Override
    public String toString() {
        return isReject() ? "SourceRecord[line=" + line + ", reject=" + rejectReason + ", raw=" + raw + "]"
                : "SourceRecord[line=" + line + ", values=" + Arrays.toString(values()) + "]";
    }
}
