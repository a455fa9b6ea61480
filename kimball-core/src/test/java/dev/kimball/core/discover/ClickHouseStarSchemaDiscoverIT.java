package dev.kimball.core.discover;

import dev.kimball.api.Kimball;
import dev.kimball.api.KimballSession;
import dev.kimball.core.TestingClickHouse;

/** Star-schema discovery on a real ClickHouse server (started by scripts/test). */
class ClickHouseStarSchemaDiscoverIT extends StarSchemaDiscoverContractTest {
    @Override
    protected KimballSession openSession() {
        return Kimball.connect(TestingClickHouse.freshNamespaceUrl("it_star"));
    }
}
