package dev.kimball.core.bronze;

import dev.kimball.api.KimballSession;
import dev.kimball.core.TestingSessions;

/** PostgreSQL (a real server, started by scripts/test) into the embedded DuckDB warehouse. */
class DuckDbPostgresToBronzeIT extends PostgresToBronzeContractTest {
    @Override
    protected KimballSession openSession() {
        return TestingSessions.duckdb("kimball-pg");
    }
}
