package dev.kimball.core.discover;

import dev.kimball.api.Kimball;
import dev.kimball.api.KimballSession;
import dev.kimball.core.TestingClickHouse;

/** Keys and relationships on a real ClickHouse server (started by scripts/test). */
class ClickHouseKeysIT extends KeysContractTest {
    @Override
    protected KimballSession openSession() {
        return Kimball.connect(TestingClickHouse.freshNamespaceUrl("it_keys"));
    }
}
