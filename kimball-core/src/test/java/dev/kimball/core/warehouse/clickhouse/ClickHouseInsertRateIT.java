package dev.kimball.core.warehouse.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kimball.api.TableRef;
import dev.kimball.spi.ColumnDef;
import dev.kimball.spi.TableDef;
import dev.kimball.spi.TableKind;
import dev.kimball.spi.TableWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Measures the batch writer: 10 nullable string columns of ~10 chars, batches of 100k rows. The default size keeps
 * the suite fast; measure with {@code -Dkimball.bench.rows=2000000 -Dkimball.bench.threads=2}. The floor only
 * catches a broken bulk path (e.g. row-by-row inserts run at a few thousand rows/s), not noise on a busy machine.
 */
class ClickHouseInsertRateIT {
    private static final int COLUMNS = 10;
    private static final int BATCH = 100_000;

    @Test
    void batchesOfTenStringColumnsInsertFast() throws Exception {
        int rows = Integer.getInteger("kimball.bench.rows", 300_000);
        int threads = Integer.getInteger("kimball.bench.threads", 1);
        List<ColumnDef> cols = new ArrayList<>();
        for (int c = 0; c < COLUMNS; c++) {
            cols.add(ColumnDef.string("col_" + c));
        }
        // the batches are built before timing: this measures encoding + HTTP + server, not test data generation
        List<List<Object[]>> batches = new ArrayList<>();
        for (int start = 0; start < rows; start += BATCH) {
            List<Object[]> batch = new ArrayList<>(BATCH);
            for (int r = start; r < Math.min(rows, start + BATCH); r++) {
                Object[] row = new Object[COLUMNS];
                for (int c = 0; c < COLUMNS; c++) {
                    row[c] = c == 3 && r % 10 == 0 ? null : "v" + c + "-" + Integer.toString(r * 31 + c, 36) + "xyz";
                }
                batch.add(row);
            }
            batches.add(batch);
        }
        ClickHouseWarehouse w = TestingClickHouse.openFresh();
        try {
            TableRef t = TableRef.bronze("rate");
            w.createTable(new TableDef(t, cols, TableKind.APPEND, List.of()));
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long started = System.nanoTime();
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int th = 0; th < threads; th++) {
                    final int me = th;
                    futures.add(pool.submit(() -> {
                        try (TableWriter writer = w.openWriter(t, cols)) {
                            for (int b = me; b < batches.size(); b += threads) {
                                writer.write(batches.get(b), "rate-" + b);
                            }
                        }
                    }));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            double rate = rows / seconds;
            System.out.printf("ClickHouse RowBinary insert: %,d rows x %d string columns, %d thread(s), batches of %,d: %.2f s, %,.0f rows/s%n",
                    rows, COLUMNS, threads, BATCH, seconds, rate);
            assertThat(w.queryLong("SELECT count() FROM " + w.dialect().table(t))).isEqualTo(rows);
            assertThat(w.queryLong("SELECT countIf(col_3 IS NULL) FROM " + w.dialect().table(t))).isEqualTo((rows + 9) / 10);
            assertThat(rate).as("rows/s").isGreaterThan(20_000);
        } finally {
            TestingClickHouse.dropAndClose(w);
        }
    }
}
