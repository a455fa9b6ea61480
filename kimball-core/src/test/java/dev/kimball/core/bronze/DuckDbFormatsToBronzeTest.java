package dev.kimball.core.bronze;

import dev.kimball.api.Kimball;
import dev.kimball.api.KimballSession;
import dev.kimball.core.TestingSessions;
import dev.kimball.spi.Warehouse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** Mixed file formats into the embedded DuckDB warehouse. */
class DuckDbFormatsToBronzeTest extends FormatsToBronzeContractTest {
    @Override
    protected KimballSession openSession() {
        try {
            return Kimball.embedded(Files.createTempDirectory("kimball-formats").resolve("w.duckdb"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected Warehouse warehouseOf(KimballSession session) {
        return TestingSessions.warehouse(session);
    }
}
