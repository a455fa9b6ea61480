package dev.kimball.core.bronze;

import dev.kimball.api.Kimball;
import dev.kimball.api.KimballSession;
import dev.kimball.core.TestingClickHouse;
import dev.kimball.core.TestingSessions;
import dev.kimball.spi.Warehouse;

/** Bronze loading on a real ClickHouse server (started by scripts/test). */
class ClickHouseBronzeLoadIT extends BronzeLoadContractTest {
    @Override
    protected KimballSession openSession() {
        return Kimball.connect(TestingClickHouse.freshNamespaceUrl("it_bronze"));
    }

    @Override
    protected Warehouse warehouseOf(KimballSession session) {
        return TestingSessions.warehouse(session);
    }
}
