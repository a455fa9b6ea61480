package dev.kimball.connector.postgres;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A half-open range of an integer key, {@code lower <= key < upper}. The first range of a split has no lower bound and
 * the last no upper bound, so rows inserted after min/max were read still belong to exactly one range: the union of
 * the ranges is the whole table, and no row is in two ranges.
 *
 * @param lower inclusive lower bound, or null for none
 * @param upper exclusive upper bound, or null for none
 */
record KeyRange(Long lower, Long upper) {

    /**
     * Splits {@code [min, max]} into {@code n} ranges of (nearly) equal key width; fewer when the key span has fewer
     * values than {@code n}.
     *
     * @throws IllegalArgumentException when {@code min > max} or {@code n < 1}
     */
    static List<KeyRange> split(long min, long max, int n) {
        if (min > max || n < 1) {
            throw new IllegalArgumentException("cannot split [" + min + ", " + max + "] into " + n + " ranges");
        }
        // BigInteger: the span of an int8 key from Long.MIN_VALUE to Long.MAX_VALUE does not fit a long
        BigInteger lo = BigInteger.valueOf(min);
        BigInteger span = BigInteger.valueOf(max).subtract(lo).add(BigInteger.ONE);
        int parts = span.compareTo(BigInteger.valueOf(n)) < 0 ? span.intValueExact() : n;
        List<KeyRange> ranges = new ArrayList<>(parts);
        Long previous = null;
        for (int i = 1; i <= parts; i++) {
            Long bound = i == parts ? null
                    : lo.add(span.multiply(BigInteger.valueOf(i)).divide(BigInteger.valueOf(parts))).longValueExact();
            ranges.add(new KeyRange(previous, bound));
            previous = bound;
        }
        return ranges;
    }

    /** The WHERE condition for this range on a quoted key column, or an empty string for an unbounded range. */
    String condition(String quotedKey) {
        if (lower == null && upper == null) {
            return "";
        }
        if (lower == null) {
            return quotedKey + " < " + upper;
        }
        if (upper == null) {
            return quotedKey + " >= " + lower;
        }
        return quotedKey + " >= " + lower + " AND " + quotedKey + " < " + upper;
    }
}
