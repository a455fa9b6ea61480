package dev.kimball.core.bronze;

import dev.kimball.api.Kimball;
import dev.kimball.api.KimballSession;
import dev.kimball.core.TestingClickHouse;

/** Mixed file formats into a real ClickHouse server. */
class ClickHouseFormatsToBronzeIT extends FormatsToBronzeContractTest {
    @Override
    protected KimballSession openSession() {
        return Kimball.connect(TestingClickHouse.freshNamespaceUrl("it_formats"));
    }
}
