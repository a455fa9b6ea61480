package dev.kimball.core.warehouse.clickhouse;

import dev.kimball.spi.Warehouse;
import dev.kimball.spi.WarehouseProvider;

/**
 * Opens ClickHouse warehouses for {@code jdbc:clickhouse://host:port[/namespace][?user=..&password=..&ssl=true]}
 * (also {@code clickhouse://} and {@code jdbc:ch://}); found through {@link java.util.ServiceLoader}.
 */
public final class ClickHouseWarehouseProvider implements WarehouseProvider {
    @Override
    public String name() {
        return "clickhouse";
    }

    @Override
    public String exampleUrl() {
        return "jdbc:clickhouse://localhost:8123";
    }

    @Override
    public boolean accepts(String url) {
        return ClickHouseUrl.accepts(url);
    }

    /**
     * @throws dev.kimball.api.ConfigurationException if the URL is malformed
     * @throws dev.kimball.api.WarehouseException if the server does not answer or refuses the user
     */
    @Override
    public Warehouse open(String url) {
        return ClickHouseWarehouse.open(url);
    }
}
