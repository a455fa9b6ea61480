package dev.kimball.core.corrections;

import dev.kimball.api.Kimball;
import dev.kimball.api.KimballSession;
import dev.kimball.api.TableRef;
import dev.kimball.core.TestingClickHouse;
import dev.kimball.spi.Dialect;
import dev.kimball.spi.Warehouse;
import java.util.List;

/** The correction store on the test ClickHouse server: each test its own namespace, dropped afterwards. */
class ClickHouseCorrectionStoreIT extends CorrectionStoreContractTest {
    @Override
    protected String freshWarehouseUrl() {
        return TestingClickHouse.freshNamespaceUrl("it_corrections");
    }

    @Override
    protected KimballSession open(String url) {
        return Kimball.connect(url);
    }

    @Override
    protected void dropWarehouse(Warehouse warehouse) {
        Dialect d = warehouse.dialect();
        String suffix = "." + d.quote("t");
        for (String layer : List.of(TableRef.BRONZE, TableRef.SILVER, TableRef.GOLD, TableRef.METADATA)) {
            String qualified = d.table(new TableRef(layer, "t"));
            warehouse.execute("DROP DATABASE IF EXISTS " + qualified.substring(0, qualified.length() - suffix.length()) + " SYNC");
        }
    }
}
