package dev.kimball.core.bronze;

import dev.kimball.api.KimballSession;
import dev.kimball.core.TestingSessions;

/** Mixed file formats into the embedded DuckDB warehouse. */
class DuckDbFormatsToBronzeTest extends FormatsToBronzeContractTest {
    @Override
    protected KimballSession openSession() {
        return TestingSessions.duckdb("kimball-formats");
    }
}
