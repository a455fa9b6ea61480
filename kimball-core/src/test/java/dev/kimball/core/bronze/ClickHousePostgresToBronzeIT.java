package dev.kimball.core.bronze;

import dev.kimball.api.Kimball;
import dev.kimball.api.KimballSession;
import dev.kimball.core.TestingClickHouse;

/** PostgreSQL into a real ClickHouse server. */
class ClickHousePostgresToBronzeIT extends PostgresToBronzeContractTest {
    @Override
    protected KimballSession openSession() {
        return Kimball.connect(TestingClickHouse.freshNamespaceUrl("it_pg"));
    }
}
