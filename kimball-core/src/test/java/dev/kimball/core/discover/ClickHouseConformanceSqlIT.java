package dev.kimball.core.discover;

import dev.kimball.api.Kimball;
import dev.kimball.api.KimballSession;
import dev.kimball.core.TestingClickHouse;

/** Conformance SQL evaluated by a real ClickHouse server (started by scripts/test). */
class ClickHouseConformanceSqlIT extends ConformanceSqlContractTest {
    @Override
    protected KimballSession openSession() {
        return Kimball.connect(TestingClickHouse.freshNamespaceUrl("it_conform"));
    }
}
