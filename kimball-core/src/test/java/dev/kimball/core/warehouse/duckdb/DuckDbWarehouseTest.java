package dev.kimball.core.warehouse.duckdb;

import dev.kimball.core.warehouse.WarehouseContractTest;
import dev.kimball.spi.Warehouse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The warehouse contract on an embedded DuckDB file in a temporary folder. */
class DuckDbWarehouseTest extends WarehouseContractTest {
    @Override
    protected Warehouse openWarehouse() {
        try {
            Path dir = Files.createTempDirectory("kimball-duckdb-contract");
            return DuckDbWarehouse.open(dir.resolve("w.duckdb").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
