package dev.kimball.core;

import dev.kimball.api.KimballSession;
import dev.kimball.spi.Warehouse;

/** Test access to the warehouse behind a session. */
public final class TestingSessions {
    private TestingSessions() {
    }

    public static Warehouse warehouse(KimballSession session) {
        return ((DefaultSession) session).warehouse();
    }

    /** A session on a new embedded DuckDB file in a fresh temporary folder. */
    public static KimballSession duckdb(String prefix) {
        try {
            return dev.kimball.api.Kimball.embedded(java.nio.file.Files.createTempDirectory(prefix).resolve("w.duckdb"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
