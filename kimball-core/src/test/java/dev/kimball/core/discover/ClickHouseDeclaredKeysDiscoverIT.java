package dev.kimball.core.discover;

import dev.kimball.api.Kimball;
import dev.kimball.api.KimballSession;
import dev.kimball.core.TestingClickHouse;

/** Declared PostgreSQL keys as discover hints, into a real ClickHouse server. */
class ClickHouseDeclaredKeysDiscoverIT extends DeclaredKeysDiscoverContractTest {
    @Override
    protected KimballSession openSession() {
        return Kimball.connect(TestingClickHouse.freshNamespaceUrl("it_declared"));
    }
}
