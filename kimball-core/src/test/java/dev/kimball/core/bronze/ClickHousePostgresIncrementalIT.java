package dev.kimball.core.bronze;

import dev.kimball.api.Kimball;
import dev.kimball.api.KimballSession;
import dev.kimball.core.TestingClickHouse;

/** Incremental PostgreSQL loads into a real ClickHouse server. */
class ClickHousePostgresIncrementalIT extends PostgresIncrementalContractTest {
    @Override
    protected KimballSession openSession() {
        return Kimball.connect(TestingClickHouse.freshNamespaceUrl("it_pgi"));
    }
}
