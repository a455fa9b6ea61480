package dev.kimball.spi;

import java.util.Objects;

/**
 * A record read from a source: a row of values, or a reject. {@code line} is the 1-based line (or row) number
 * where the record starts in its unit.
 */
public record SourceRecord(String[] values, long line, String raw, String rejectReason) {

    public static SourceRecord row(String[] values, long line) {
        return new SourceRecord(Objects.requireNonNull(values, "values"), line, null, null);
    }

    /** A record that cannot be loaded: its raw text (as much as was read) and why. */
    public static SourceRecord reject(long line, String raw, String reason) {
        return new SourceRecord(null, line, raw == null ? "" : raw, Objects.requireNonNull(reason, "reason"));
    }

    public boolean isReject() {
        return rejectReason != null;
    }
}
