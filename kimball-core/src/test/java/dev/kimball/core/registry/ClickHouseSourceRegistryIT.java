package dev.kimball.core.registry;

import dev.kimball.api.Kimball;
import dev.kimball.api.KimballSession;
import dev.kimball.core.TestingClickHouse;

/** The source registry on the test ClickHouse server: each test its own namespace, dropped afterwards. */
class ClickHouseSourceRegistryIT extends SourceRegistryContractTest {
    @Override
    protected String freshWarehouseUrl() {
        return TestingClickHouse.freshNamespaceUrl("it_registry");
    }

    @Override
    protected KimballSession open(String url) {
        return Kimball.connect(url);
    }

    @Override
    protected void dropWarehouse(KimballSession session) {
        TestingClickHouse.dropNamespace(session);
    }
}
