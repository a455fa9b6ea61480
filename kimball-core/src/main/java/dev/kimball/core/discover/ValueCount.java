package dev.kimball.core.discover;

import java.util.Objects;

/**
 * One of a column's most frequent values with its exact number of rows.
 *
 * @param value the value as stored (not trimmed)
 * @param count rows holding it
 */
public record ValueCount(String value, long count) {
    public ValueCount {
        Objects.requireNonNull(value, "value");
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive, not " + count + " for '" + value + "'");
        }
    }
}
