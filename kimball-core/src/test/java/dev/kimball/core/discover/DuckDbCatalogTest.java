package dev.kimball.core.discover;

import dev.kimball.api.Kimball;
import dev.kimball.api.KimballSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** The catalog on the embedded DuckDB warehouse. */
class DuckDbCatalogTest extends CatalogContractTest {
    @Override
    protected KimballSession openSession() {
        try {
            return Kimball.embedded(Files.createTempDirectory("kimball-catalog").resolve("w.duckdb"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
