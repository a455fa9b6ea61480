package dev.kimball.core.warehouse.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kimball.api.TableRef;
import dev.kimball.api.WarehouseException;
import dev.kimball.core.warehouse.WarehouseContractTest;
import dev.kimball.spi.ColumnDef;
import dev.kimball.spi.ColumnType;
import dev.kimball.spi.TableDef;
import dev.kimball.spi.TableKind;
import dev.kimball.spi.TableWriter;
import dev.kimball.spi.TextRows;
import dev.kimball.spi.Warehouse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The warehouse contract on an embedded DuckDB file in a temporary folder, and what is DuckDB's own. */
class DuckDbWarehouseTest extends WarehouseContractTest {
    @Override
    protected Warehouse openWarehouse() {
        try {
            Path dir = Files.createTempDirectory("kimball-duckdb-contract");
            return DuckDbWarehouse.open(dir.resolve("w.duckdb").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String insertionOrder() {
        return String.valueOf(warehouse.query("SELECT current_setting('preserve_insertion_order') AS v").get(0).get("v"));
    }

    /**
     * Writers relax DuckDB's database-wide preserve_insertion_order only while their insert is planned: after four
     * concurrent large writes the setting is what it was, whether that was true (the default) or false (the user's).
     */
    @Test
    void insertionOrderIsRestoredAfterParallelWrites() throws Exception {
        List<ColumnDef> cols = List.of(ColumnDef.string("v"), ColumnDef.required("n", ColumnType.INT64));
        TableRef t = TableRef.bronze("parallel writes");
        warehouse.createTable(new TableDef(t, cols, TableKind.APPEND, List.of()));
        for (String before : List.of("true", "false")) {
            warehouse.execute("SET preserve_insertion_order = " + before);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> fs = new ArrayList<>();
                for (int k = 0; k < 4; k++) {
                    fs.add(pool.submit(() -> {
                        try (TableWriter w = warehouse.openWriter(t, cols)) {
                            TextRows rows = new TextRows(1, DuckDbTableWriter.PARALLEL_ROWS);
                            for (int i = 0; i < 2 * DuckDbTableWriter.PARALLEL_ROWS; i++) {
                                rows.add(("value " + i).getBytes(StandardCharsets.UTF_8));
                                rows.endRow(i);
                            }
                            w.write(rows, "b");
                            w.commit();
                        }
                    }));
                }
                for (Future<?> f : fs) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
            assertThat(insertionOrder()).isEqualTo(before);
        }
        warehouse.execute("SET preserve_insertion_order = true");
        assertThat(warehouse.queryLong("SELECT count(*) FROM " + warehouse.dialect().table(t))).isEqualTo(2L * 4 * 2 * DuckDbTableWriter.PARALLEL_ROWS);
    }

    private static List<Object[]> numbered(int from, int n) {
        List<Object[]> rows = new ArrayList<>(n);
        for (int i = from; i < from + n; i++) {
            rows.add(new Object[] {"value " + i, (long) i});
        }
        return rows;
    }

    /**
     * A bad value deep in a large batch (read by several DuckDB threads) fails the write naming batch, row and column,
     * and the transaction leaves nothing, although other chunks of the batch were already stored.
     */
    @Test
    void aBadValueInAParallelWriteFailsItAndLeavesNoRows() {
        List<ColumnDef> cols = List.of(ColumnDef.string("v"), ColumnDef.required("n", ColumnType.INT64));
        TableRef t = TableRef.bronze("parallel failure");
        warehouse.createTable(new TableDef(t, cols, TableKind.APPEND, List.of()));
        List<Object[]> rows = numbered(0, 3 * DuckDbTableWriter.PARALLEL_ROWS);
        rows.get(10_000)[0] = 42L; // not a String
        try (TableWriter w = warehouse.openWriter(t, cols)) {
            assertThatThrownBy(() -> {
                w.write(rows, "big");
                w.write(numbered(20_000, 10), "after");
                w.commit();
            }).isInstanceOf(WarehouseException.class).hasMessageContaining("batch big, row 10000, column v");
        }
        assertThat(warehouse.queryLong("SELECT count(*) FROM " + warehouse.dialect().table(t))).isZero();
    }

    /** Closing a writer in the middle of a parallel write (no commit) rolls every row back. */
    @Test
    void closingWithoutCommitRollsBackAParallelWrite() {
        List<ColumnDef> cols = List.of(ColumnDef.string("v"), ColumnDef.required("n", ColumnType.INT64));
        TableRef t = TableRef.bronze("parallel abandoned");
        warehouse.createTable(new TableDef(t, cols, TableKind.APPEND, List.of()));
        try (TableWriter w = warehouse.openWriter(t, cols)) {
            w.write(numbered(0, 3 * DuckDbTableWriter.PARALLEL_ROWS), "b1");
            w.write(numbered(100_000, 3 * DuckDbTableWriter.PARALLEL_ROWS), "b2");
        }
        assertThat(warehouse.queryLong("SELECT count(*) FROM " + warehouse.dialect().table(t))).isZero();
        try (TableWriter w = warehouse.openWriter(t, cols)) { // and the table takes writes again
            w.write(numbered(0, 5), "again");
            w.commit();
        }
        assertThat(warehouse.queryLong("SELECT count(*) FROM " + warehouse.dialect().table(t))).isEqualTo(5);
    }

    /** The packed path hands each column to DuckDB in one native call; if a driver upgrade loses that call, this says so. */
    @Test
    void packedTextGoesToDuckDbWithoutAnArrayPerValue() {
        assertThat(Utf8Vectors.direct()).as("duckdb_jdbc's native string batch call is reachable").isTrue();
    }
}
