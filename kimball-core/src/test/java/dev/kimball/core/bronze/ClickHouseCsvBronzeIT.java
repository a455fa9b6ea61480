package dev.kimball.core.bronze;

import dev.kimball.api.Kimball;
import dev.kimball.api.KimballSession;
import dev.kimball.core.TestingClickHouse;

/** CSV files into a real ClickHouse server. */
class ClickHouseCsvBronzeIT extends CsvBronzeContractTest {
    @Override
    protected KimballSession openSession() {
        return Kimball.connect(TestingClickHouse.freshNamespaceUrl("it_csv"));
    }
}
