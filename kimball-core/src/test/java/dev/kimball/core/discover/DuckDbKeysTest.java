package dev.kimball.core.discover;

import dev.kimball.api.KimballSession;
import dev.kimball.core.TestingSessions;

/** Keys and relationships on the embedded DuckDB warehouse. */
class DuckDbKeysTest extends KeysContractTest {
    @Override
    protected KimballSession openSession() {
        return TestingSessions.duckdb("kimball-keys");
    }
}
