package dev.kimball.core.corrections;

import dev.kimball.api.Kimball;
import dev.kimball.api.KimballSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** The correction store on embedded DuckDB files: each test its own file, reopened by each new session. */
class DuckDbCorrectionStoreTest extends CorrectionStoreContractTest {
    @Override
    protected String freshWarehouseUrl() {
        try {
            return "jdbc:duckdb:" + Files.createTempDirectory("kimball-corrections").resolve("w.duckdb");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected KimballSession open(String url) {
        return Kimball.connect(url);
    }
}
