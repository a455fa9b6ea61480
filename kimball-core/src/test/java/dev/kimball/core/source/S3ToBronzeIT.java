package dev.kimball.core.source;

import dev.kimball.api.Kimball;
import dev.kimball.api.KimballSession;
import dev.kimball.core.TestingClickHouse;
import dev.kimball.core.TestingSessions;
import dev.kimball.spi.Warehouse;

/** S3 objects into a real ClickHouse server. */
class S3ToBronzeIT extends S3ToBronzeContractTest {
    @Override
    protected KimballSession openSession() {
        return Kimball.connect(TestingClickHouse.freshNamespaceUrl("it_s3"));
    }

    @Override
    protected void dropWarehouse(KimballSession session) {
        TestingClickHouse.dropNamespace(session);
    }

    @Override
    protected Warehouse warehouseOf(KimballSession session) {
        return TestingSessions.warehouse(session);
    }
}
