package dev.kimball.core.discover;

import dev.kimball.api.Kimball;
import dev.kimball.api.KimballSession;
import dev.kimball.core.TestingClickHouse;

/** The catalog on a real ClickHouse server (started by scripts/test). */
class ClickHouseCatalogIT extends CatalogContractTest {
    @Override
    protected KimballSession openSession() {
        return Kimball.connect(TestingClickHouse.freshNamespaceUrl("it_catalog"));
    }
}
