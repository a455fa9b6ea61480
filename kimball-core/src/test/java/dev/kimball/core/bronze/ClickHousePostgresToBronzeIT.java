package dev.kimball.core.bronze;

import dev.kimball.api.Kimball;
import dev.kimball.api.KimballSession;
import dev.kimball.core.TestingClickHouse;
import dev.kimball.core.TestingSessions;
import dev.kimball.spi.Warehouse;

/** PostgreSQL into a real ClickHouse server. */
class ClickHousePostgresToBronzeIT extends PostgresToBronzeContractTest {
    @Override
    protected KimballSession openSession() {
        return Kimball.connect(TestingClickHouse.freshNamespaceUrl("it_pg"));
    }

    @Override
    protected Warehouse warehouseOf(KimballSession session) {
        return TestingSessions.warehouse(session);
    }
}
