package dev.kimball.core.bronze;

import dev.kimball.api.KimballSession;
import dev.kimball.core.TestingSessions;

/** Bronze loading on the embedded DuckDB warehouse. */
class DuckDbBronzeLoadTest extends BronzeLoadContractTest {
    @Override
    protected KimballSession openSession() {
        return TestingSessions.duckdb("kimball-bronze");
    }
}
