package dev.kimball.core.warehouse.duckdb;

import dev.kimball.spi.Warehouse;
import dev.kimball.spi.WarehouseProvider;

/** Accepts {@code jdbc:duckdb:/path/file.duckdb} (and {@code duckdb:/path}); {@code jdbc:duckdb:} alone is in-memory. */
public final class DuckDbWarehouseProvider implements WarehouseProvider {
    @Override
    public String name() {
        return "duckdb";
    }

    @Override
    public String exampleUrl() {
        return "jdbc:duckdb:./kimball.duckdb";
    }

    @Override
    public boolean accepts(String url) {
        return url.startsWith("jdbc:duckdb:") || url.startsWith("duckdb:");
    }

    @Override
    public Warehouse open(String url) {
        String path = url.startsWith("jdbc:") ? url.substring("jdbc:duckdb:".length()) : url.substring("duckdb:".length());
        return DuckDbWarehouse.open(path);
    }
}
