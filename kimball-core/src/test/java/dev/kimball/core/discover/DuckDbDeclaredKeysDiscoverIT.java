package dev.kimball.core.discover;

import dev.kimball.api.Kimball;
import dev.kimball.api.KimballSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** Declared PostgreSQL keys as discover hints, into the embedded DuckDB warehouse (an IT: it needs PostgreSQL). */
class DuckDbDeclaredKeysDiscoverIT extends DeclaredKeysDiscoverContractTest {
    @Override
    protected KimballSession openSession() {
        try {
            return Kimball.embedded(Files.createTempDirectory("kimball-declared").resolve("w.duckdb"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
