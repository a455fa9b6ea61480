package dev.kimball.core.bronze;

import dev.kimball.api.KimballSession;
import dev.kimball.core.TestingSessions;

/** Incremental PostgreSQL loads into the embedded DuckDB warehouse (needs the real PostgreSQL server). */
class DuckDbPostgresIncrementalIT extends PostgresIncrementalContractTest {
    @Override
    protected KimballSession openSession() {
        return TestingSessions.duckdb("kimball-pg-incr");
    }
}
