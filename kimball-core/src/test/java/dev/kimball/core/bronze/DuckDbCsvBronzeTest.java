package dev.kimball.core.bronze;

import dev.kimball.api.KimballSession;
import dev.kimball.core.TestingSessions;

/** CSV files into the embedded DuckDB warehouse. */
class DuckDbCsvBronzeTest extends CsvBronzeContractTest {
    @Override
    protected KimballSession openSession() {
        return TestingSessions.duckdb("kimball-csv");
    }
}
