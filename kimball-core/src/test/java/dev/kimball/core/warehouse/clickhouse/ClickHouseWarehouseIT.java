package dev.kimball.core.warehouse.clickhouse;

import dev.kimball.core.warehouse.WarehouseContractTest;
import dev.kimball.spi.Warehouse;
import org.junit.jupiter.api.AfterAll;

/** The warehouse contract on the test ClickHouse server, in a namespace of its own that is dropped afterwards. */
class ClickHouseWarehouseIT extends WarehouseContractTest {
    @Override
    protected Warehouse openWarehouse() {
        return TestingClickHouse.openFresh();
    }

    // JUnit runs a subclass's @AfterAll before the superclass's, so the databases go before the warehouse closes.
    @AfterAll
    void dropNamespace() {
        if (warehouse != null) {
            ((ClickHouseWarehouse) warehouse).dropLayers();
        }
    }
}
