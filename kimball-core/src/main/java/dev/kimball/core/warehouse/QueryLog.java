package dev.kimball.core.warehouse;

import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every statement a warehouse runs, with its duration, at DEBUG on the logger {@code dev.kimball.query}. */
public final class QueryLog {
    private static final Logger LOG = LoggerFactory.getLogger("dev.kimball.query");
    private static final int MAX = 300;

    private QueryLog() {
    }

    /** Runs {@code statement} and logs {@code sql} with how long it took, whether it succeeded or not. */
    public static <T> T timed(String sql, Supplier<T> statement) {
        long start = System.nanoTime();
        try {
            return statement.get();
        } finally {
            if (LOG.isDebugEnabled()) {
                LOG.debug("{} ms: {}", (System.nanoTime() - start) / 1_000_000, sql.length() > MAX ? sql.substring(0, MAX) + "…" : sql);
            }
        }
    }
}
