package dev.kimball.core.discover;

import dev.kimball.api.Kimball;
import dev.kimball.api.KimballSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** Star-schema discovery on the embedded DuckDB warehouse. */
class DuckDbStarSchemaDiscoverTest extends StarSchemaDiscoverContractTest {
    @Override
    protected KimballSession openSession() {
        try {
            return Kimball.embedded(Files.createTempDirectory("kimball-star").resolve("w.duckdb"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
