package dev.kimball.core.bronze;

import dev.kimball.api.Kimball;
import dev.kimball.api.KimballSession;
import dev.kimball.core.TestingClickHouse;

/** Bronze loading on a real ClickHouse server (started by scripts/test). */
class ClickHouseBronzeLoadIT extends BronzeLoadContractTest {
    @Override
    protected KimballSession openSession() {
        return Kimball.connect(TestingClickHouse.freshNamespaceUrl("it_bronze"));
    }
}
