package dev.kimball.connector.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kimball.spi.RecordReader;
import dev.kimball.spi.SourceRecord;
import dev.kimball.spi.SourceUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A 2M-row table split into key ranges: the union of the ranges is exactly the table. Runs in a 64 MB heap (see the
 * pom), so it also shows that reading streams.
 */
class KeyRangeSplitIT {
    private static final int ROWS = 2_000_000;
    private static final long OFFSET = 3_000_000; // keys -2,999,997 .. 3,000,000 step 3: negatives and gaps
    private static TestingPostgres pg;

    @BeforeAll
    static void createTable() {
        pg = TestingPostgres.create();
        pg.exec("CREATE TABLE big (id bigint PRIMARY KEY, label text, at timestamptz, amount numeric(12, 2))",
                "INSERT INTO big SELECT g * 3 - " + OFFSET + ", md5(g::text), timestamptz '2000-01-01' + g * interval '1 second', "
                        + "g / 100.0 FROM generate_series(1, " + ROWS + ") g",
                "ANALYZE big");
    }

    @AfterAll
    static void dropSchema() {
        pg.close();
    }

    private static PostgresSourceProvider provider(long splitRows, ReadMode mode) {
        return new PostgresSourceProvider(PostgresReadOptions.defaults().withSplit(splitRows, 16).withMode(mode));
    }

    @Test
    void rangesCoverTheTableExactlyOnce() throws Exception {
        List<SourceUnit> units = provider(500_000, ReadMode.COPY).units(pg.source().tables("big"));
        assertThat(units).hasSize(4);
        for (int i = 0; i < units.size(); i++) {
            assertThat(units.get(i).name()).isEqualTo("postgres://127.0.0.1:5432/test/" + pg.schema + ".big[" + (i + 1) + "/4]");
            assertThat(units.get(i).tableHint()).isEqualTo("big");
        }
        BitSet seen = new BitSet(ROWS + 1);
        long[] totals = readInParallel(units, seen);
        assertThat(totals[0]).isEqualTo(ROWS);
        assertThat(totals[1]).isEqualTo(pg.queryLong("SELECT sum(id) FROM big"));
        assertThat(seen.cardinality()).isEqualTo(ROWS);
        assertThat(totals[2]).as("rows seen twice").isZero();
    }

    @Test
    void smallTablesAndTablesUnderTheThresholdAreOneUnit() {
        pg.exec("CREATE TABLE small (id int PRIMARY KEY)", "INSERT INTO small SELECT generate_series(1, 10)", "ANALYZE small");
        List<SourceUnit> units = provider(1_000_000, ReadMode.COPY).units(pg.source().tables("big", "small"));
        assertThat(units).extracting(SourceUnit::name).containsExactly(
                "postgres://127.0.0.1:5432/test/" + pg.schema + ".big[1/2]", "postgres://127.0.0.1:5432/test/" + pg.schema + ".big[2/2]",
                "postgres://127.0.0.1:5432/test/" + pg.schema + ".small");
    }

    @Test
    void rowsAddedAfterListingBelowMinOrAboveMaxAreReadOnce() {
        pg.exec("CREATE TABLE grow (id int PRIMARY KEY)", "INSERT INTO grow SELECT generate_series(1, 1000)", "ANALYZE grow");
        List<SourceUnit> units = provider(100, ReadMode.COPY).units(pg.source().tables("grow"));
        assertThat(units).hasSize(10);
        pg.exec("INSERT INTO grow VALUES (-5), (0), (1001), (50000)");
        List<String> ids = new ArrayList<>();
        units.forEach(u -> TestingReads.rows(u).forEach(r -> ids.add(r[0])));
        assertThat(ids).hasSize(1004).doesNotHaveDuplicates().contains("-5", "0", "1001", "50000");
    }

    @Test
    void closingEarlyStopsTheServerQuickly() {
        SourceUnit whole = provider(Long.MAX_VALUE, ReadMode.COPY).units(pg.source().tables("big")).get(0);
        long start = System.nanoTime();
        try (RecordReader r = whole.open()) {
            for (int i = 0; i < 10; i++) {
                assertThat(r.next()).isNotNull();
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).as("ms to read 10 rows of 2M and close").isLessThan(3_000);
        assertThat(pg.queryLong("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'kimball' "
                + "AND query LIKE 'COPY%' AND state = 'active'")).isZero();
    }

    /** A printout for the report: whole-table COPY vs cursor, and 4 ranges on 2 threads. No assertion on speed. */
    @Test
    void measureCopyVersusCursor() throws Exception {
        for (int round = 1; round <= 2; round++) {
            for (ReadMode mode : ReadMode.values()) {
                SourceUnit whole = provider(Long.MAX_VALUE, mode).units(pg.source().tables("big")).get(0);
                long start = System.nanoTime();
                long rows = 0;
                try (RecordReader r = whole.open()) {
                    for (SourceRecord rec = r.next(); rec != null; rec = r.next()) {
                        rows++;
                    }
                }
                print("round " + round + " " + mode + " whole table", rows, start);
                assertThat(rows).isEqualTo(ROWS);
            }
            List<SourceUnit> ranges = provider(500_000, ReadMode.COPY).units(pg.source().tables("big"));
            long start = System.nanoTime();
            long[] totals = readInParallel(ranges, new BitSet(ROWS + 1));
            print("round " + round + " COPY 4 ranges on 2 threads", totals[0], start);
        }
    }

    private static void print(String what, long rows, long startNanos) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        System.out.printf("[postgres rate] %-40s %,d rows in %.2f s = %,.0f rows/s%n", what, rows, seconds, rows / seconds);
    }

    /** @return {rows, sum of ids, rows whose id was already seen} */
    private static long[] readInParallel(List<SourceUnit> units, BitSet seen) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<long[]>> parts = new ArrayList<>();
            for (SourceUnit u : units) {
                parts.add(pool.submit(() -> {
                    long rows = 0;
                    long sum = 0;
                    long duplicates = 0;
                    try (RecordReader r = u.open()) {
                        assertThat(r.header()).containsExactly("id", "label", "at", "amount");
                        for (SourceRecord rec = r.next(); rec != null; rec = r.next()) {
                            long id = Long.parseLong(rec.values()[0]);
                            rows++;
                            sum += id;
                            int index = (int) ((id + OFFSET) / 3);
                            synchronized (seen) {
                                if (seen.get(index)) {
                                    duplicates++;
                                }
                                seen.set(index);
                            }
                        }
                    }
                    return new long[] {rows, sum, duplicates};
                }));
            }
            long[] total = new long[3];
            for (Future<long[]> f : parts) {
                long[] p = f.get();
                for (int i = 0; i < 3; i++) {
                    total[i] += p[i];
                }
            }
            return total;
        } finally {
            pool.shutdownNow();
        }
    }
}
