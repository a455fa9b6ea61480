package dev.kimball.connector.postgres;

import dev.kimball.api.ConfigurationException;
import java.time.Duration;
import java.util.Objects;

/**
 * How the PostgreSQL connector reads. {@link #defaults()} takes each value from a system property when set:
 * <ul>
 *   <li>{@code kimball.postgres.readMode} ({@code copy} | {@code cursor}, default copy),</li>
 *   <li>{@code kimball.postgres.splitRows}: a table whose estimated row count ({@code pg_class.reltuples}) exceeds this is
 *       split into key ranges of about this many rows (default 1,000,000),</li>
 *   <li>{@code kimball.postgres.maxRanges}: at most this many ranges per table (default 16),</li>
 *   <li>{@code kimball.postgres.fetchSize}: rows per round trip in cursor mode (default 10,000),</li>
 *   <li>{@code kimball.postgres.readTimeoutSeconds}: the longest silence from the server while reading (default 600;
 *       0 = wait forever).</li>
 * </ul>
 * Connecting always gives up after {@link #CONNECT_TIMEOUT}.
 *
 * @param mode       COPY or CURSOR
 * @param splitRows  rows per key range; tables with at most this many estimated rows are read as one unit
 * @param maxRanges  upper bound of ranges per table (at least 1)
 * @param fetchSize  cursor fetch size
 * @param readTimeout socket timeout while reading; {@link Duration#ZERO} waits forever
 */
public record PostgresReadOptions(ReadMode mode, long splitRows, int maxRanges, int fetchSize, Duration readTimeout) {
    /** Connect, log in and answer the first queries within this time, or the source is reported unreachable. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    /** @throws ConfigurationException (POSTGRES_OPTION) naming the bad value */
    public PostgresReadOptions {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (splitRows < 1) {
            throw new ConfigurationException("POSTGRES_OPTION", "splitRows must be at least 1, got " + splitRows);
        }
        if (maxRanges < 1) {
            throw new ConfigurationException("POSTGRES_OPTION", "maxRanges must be at least 1, got " + maxRanges);
        }
        if (fetchSize < 1) {
            throw new ConfigurationException("POSTGRES_OPTION", "fetchSize must be at least 1, got " + fetchSize);
        }
        if (readTimeout.isNegative() || readTimeout.toSeconds() > Integer.MAX_VALUE) {
            throw new ConfigurationException("POSTGRES_OPTION", "readTimeout must be 0 (none) or positive seconds, got " + readTimeout);
        }
    }

    /**
     * The defaults, each overridable by its system property.
     *
     * @throws ConfigurationException (POSTGRES_OPTION) when a property is set to something unusable
     */
    public static PostgresReadOptions defaults() {
        String m = System.getProperty("kimball.postgres.readMode", "copy").trim();
        ReadMode mode;
        if (m.equalsIgnoreCase("copy")) {
            mode = ReadMode.COPY;
        } else if (m.equalsIgnoreCase("cursor")) {
            mode = ReadMode.CURSOR;
        } else {
            throw new ConfigurationException("POSTGRES_OPTION", "kimball.postgres.readMode must be copy or cursor, got " + m);
        }
        return new PostgresReadOptions(mode, longProperty("kimball.postgres.splitRows", 1_000_000),
                (int) longProperty("kimball.postgres.maxRanges", 16), (int) longProperty("kimball.postgres.fetchSize", 10_000),
                Duration.ofSeconds(longProperty("kimball.postgres.readTimeoutSeconds", 600)));
    }

    public PostgresReadOptions withMode(ReadMode m) {
        return new PostgresReadOptions(m, splitRows, maxRanges, fetchSize, readTimeout);
    }

    public PostgresReadOptions withSplit(long rowsPerRange, int max) {
        return new PostgresReadOptions(mode, rowsPerRange, max, fetchSize, readTimeout);
    }

    private static long longProperty(String name, long fallback) {
        String v = System.getProperty(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            long n = Long.parseLong(v.trim().replace("_", ""));
            if (n < 0 || n > Integer.MAX_VALUE && !name.endsWith("splitRows")) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ConfigurationException("POSTGRES_OPTION", "system property " + name + " must be a non-negative whole number, got " + v);
        }
    }
}
