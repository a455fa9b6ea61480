package dev.kimball.core.source;

import dev.kimball.api.Kimball;
import dev.kimball.api.KimballSession;
import dev.kimball.core.TestingSessions;
import dev.kimball.spi.Warehouse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** S3 objects into the embedded DuckDB warehouse. */
class S3ToBronzeTest extends S3ToBronzeContractTest {
    @Override
    protected KimballSession openSession() {
        try {
            return Kimball.embedded(Files.createTempDirectory("kimball-s3").resolve("w.duckdb"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected Warehouse warehouseOf(KimballSession session) {
        return TestingSessions.warehouse(session);
    }
}
