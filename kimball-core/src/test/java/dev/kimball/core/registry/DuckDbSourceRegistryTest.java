package dev.kimball.core.registry;

import dev.kimball.api.Kimball;
import dev.kimball.api.KimballSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** The source registry on embedded DuckDB files: each test its own file, reopened by each new session. */
class DuckDbSourceRegistryTest extends SourceRegistryContractTest {
    @Override
    protected String freshWarehouseUrl() {
        try {
            return "jdbc:duckdb:" + Files.createTempDirectory("kimball-registry").resolve("w.duckdb");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected KimballSession open(String url) {
        return Kimball.connect(url);
    }
}
