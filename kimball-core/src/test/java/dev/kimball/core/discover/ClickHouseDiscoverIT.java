package dev.kimball.core.discover;

import dev.kimball.api.Kimball;
import dev.kimball.api.KimballSession;
import dev.kimball.core.TestingClickHouse;

/** Profiling and conformance on a real ClickHouse server (started by scripts/test). */
class ClickHouseDiscoverIT extends DiscoverContractTest {
    @Override
    protected KimballSession openSession() {
        return Kimball.connect(TestingClickHouse.freshNamespaceUrl("it_discover"));
    }
}
