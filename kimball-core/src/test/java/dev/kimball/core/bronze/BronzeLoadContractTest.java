package dev.kimball.core.bronze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kimball.api.LoadReport;
import dev.kimball.api.Progress;
import dev.kimball.api.SourceException;
import dev.kimball.api.TableLoadReport;
import dev.kimball.api.TableRef;
import dev.kimball.core.metadata.MetadataTables;
import dev.kimball.spi.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Bronze loading behaviour every warehouse must show, driven through the public session API with an in-memory
 * connector. Subclasses open a session on a fresh warehouse and expose its {@link Warehouse} for checks.
 */
public abstract class BronzeLoadContractTest extends SessionContractTest {

    private Dialect d() {
        return warehouse.dialect();
    }

    private long count(String table) {
        return warehouse.queryLong("SELECT count(*) FROM " + d().table(TableRef.bronze(table)));
    }

    private static List<String[]> rows(int n, int width) {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String[] r = new String[width];
            for (int c = 0; c < width; c++) {
                r[c] = "r" + i + "c" + c;
            }
            rows.add(r);
        }
        return rows;
    }

    @Test
    void countsReconcileWithRejectsKeptWithTheirReason() {
        List<String[]> rows = rows(25_000, 3);
        rows.set(10, new String[] {"!reject", "x"});
        rows.set(20_000, new String[] {"!reject"});
        rows.set(300, new String[] {"only", "two"}); // wrong width from a sloppy connector: rejected by the engine
        LoadReport r = session.acquire(TestingRowsSource.of("reconcile", List.of("a", "b", "c"), rows)).toBronze()
                .batchSize(1_000).run();
        TableLoadReport t = r.table("reconcile");
        assertThat(t.rowsRead()).isEqualTo(25_000);
        assertThat(t.rowsRejected()).isEqualTo(3);
        assertThat(t.rowsLoaded()).isEqualTo(24_997);
        assertThat(count("reconcile")).isEqualTo(24_997);
        List<Map<String, Object>> rejects = warehouse.query("SELECT reason, raw, " + d().quote(BronzeTables.ROW) + " AS line FROM "
                + d().table(BronzeTables.REJECTS) + " WHERE bronze_table = 'reconcile' ORDER BY line");
        assertThat(rejects).extracting(m -> m.get("line")).containsExactly(12L, 302L, 20_002L);
        assertThat(rejects.get(1).get("reason")).isEqualTo("expected 3 fields, found 2");
        assertThat(rejects.get(0).get("raw")).isEqualTo("!reject,x");
    }

    @Test
    void hostileColumnNamesLoadSafelyWithOriginalsKept() {
        List<String> header = List.of("id", "we\"ird", "back`tick", "semi;colon", "ünï名", "", "ID", "_kimball_row", "select", "a b");
        List<String[]> rows = List.<String[]>of(new String[] {"1", "q\"", "`", ";", "ü", "e", "I", "k", "s", "ab"});
        LoadReport r = session.acquire(TestingRowsSource.of("Hostile Names!", header, rows)).toBronze().run();
        TableLoadReport t = r.table("hostile_names");
        assertThat(t.columns()).extracting(c -> c.name()).containsExactly("id", "we_ird", "back_tick", "semi_colon", "ünï名",
                "column_6", "id_2", "kimball_row", "select", "a_b");
        assertThat(t.columns()).extracting(c -> c.original()).containsExactlyElementsOf(header);
        Map<String, Object> row = warehouse.query("SELECT * FROM " + d().table(t.table())).get(0);
        assertThat(row).containsEntry("we_ird", "q\"").containsEntry("kimball_row", "k").containsEntry(BronzeTables.ROW, 2L)
                .containsEntry("id_2", "I");
        List<Map<String, Object>> meta = warehouse.query("SELECT name, original FROM (" + d().latest(MetadataTables.BRONZE_COLUMNS)
                + ") x WHERE bronze_table = 'hostile_names' ORDER BY ordinal");
        assertThat(meta).extracting(m -> m.get("original")).containsExactlyElementsOf(header);
    }

    @Test
    void reloadReplacesAndAppendAdds() {
        TestingRowsSource src = TestingRowsSource.of("reload_me", List.of("a"), rows(1_000, 1));
        session.acquire(src).toBronze().run();
        session.acquire(src).toBronze().run();
        assertThat(count("reload_me")).isEqualTo(1_000);
        session.acquire(src).toBronze().append().run();
        assertThat(count("reload_me")).isEqualTo(2_000);
        session.acquire(src).toBronze().run();
        assertThat(count("reload_me")).isEqualTo(1_000);
        assertThat(warehouse.queryLong("SELECT count(DISTINCT " + d().quote(BronzeTables.LOAD_ID) + ") FROM "
                + d().table(TableRef.bronze("reload_me")))).isEqualTo(1);
    }

    @Test
    void unitsWithTheSameNameGetDistinctTablesAndAForcedTableUnionsColumns() {
        TestingRowsSource two = new TestingRowsSource(List.of(
                new TestingRowsSource.Unit("dup", List.of("a", "b"), rows(10, 2)),
                new TestingRowsSource.Unit("DUP", List.of("a", "c"), rows(20, 2))));
        LoadReport separate = session.acquire(two).toBronze().run();
        assertThat(separate.tables()).extracting(t -> t.table().name()).containsExactlyInAnyOrder("dup", "dup_2");
        LoadReport forced = session.acquire(two).toBronze("Merged Table").parallelism(2).run();
        assertThat(forced.tables()).singleElement().satisfies(t -> {
            assertThat(t.table().name()).isEqualTo("merged_table");
            assertThat(t.rowsLoaded()).isEqualTo(30);
            assertThat(t.sources()).hasSize(2);
        });
        assertThat(warehouse.columns(TableRef.bronze("merged_table"))).contains("a", "b", "c");
        assertThat(warehouse.queryLong("SELECT count(*) FROM " + d().table(TableRef.bronze("merged_table")) + " WHERE c IS NULL"))
                .isEqualTo(10);
    }

    @Test
    void unitsWithOneTableHintFormOneTableAndReplaceSurvivesARenumbering() {
        // like the key ranges of one PostgreSQL table: first 4 ranges, then 3 with other names
        TestingRowsSource ranges4 = new TestingRowsSource(List.of(
                new TestingRowsSource.Unit("orders", List.of("id"), rows(250, 1)),
                new TestingRowsSource.Unit("orders", List.of("id"), rows(250, 1)),
                new TestingRowsSource.Unit("orders", List.of("id"), rows(250, 1)),
                new TestingRowsSource.Unit("orders", List.of("id"), rows(250, 1))), "part");
        LoadReport r = session.acquire(ranges4).toBronze().run();
        assertThat(r.tables()).singleElement().satisfies(t -> {
            assertThat(t.table().name()).isEqualTo("orders");
            assertThat(t.rowsLoaded()).isEqualTo(1_000);
            assertThat(t.sources()).hasSize(4);
        });
        TestingRowsSource ranges3 = new TestingRowsSource(List.of(
                new TestingRowsSource.Unit("orders", List.of("id"), rows(300, 1)),
                new TestingRowsSource.Unit("orders", List.of("id"), rows(300, 1)),
                new TestingRowsSource.Unit("orders", List.of("id"), rows(300, 1))), "part");
        session.acquire(ranges3).toBronze().run();
        assertThat(count("orders")).isEqualTo(900);
    }

    @Test
    void aFailingUnitRemovesThisLoadsRowsOfItsWholeTableAndKeepsTheEarlierLoad() {
        TestingRowsSource good = new TestingRowsSource(List.of(
                new TestingRowsSource.Unit("accounts", List.of("id"), rows(100, 1)),
                new TestingRowsSource.Unit("accounts", List.of("id"), rows(100, 1))), "range");
        session.acquire(good).toBronze().run();
        List<String[]> broken = rows(3_000, 1);
        broken.set(2_500, new String[] {"!fail"});
        TestingRowsSource bad = new TestingRowsSource(List.of(
                new TestingRowsSource.Unit("accounts", List.of("id"), rows(100, 1)),
                new TestingRowsSource.Unit("accounts", List.of("id"), broken)), "range");
        assertThatThrownBy(() -> session.acquire(bad).toBronze().batchSize(500).parallelism(1).run())
                .isInstanceOf(SourceException.class).hasMessageContaining("simulated read failure");
        assertThat(count("accounts")).isEqualTo(200);
        assertThat(warehouse.queryLong("SELECT count(DISTINCT " + d().quote(BronzeTables.LOAD_ID) + ") FROM "
                + d().table(TableRef.bronze("accounts")))).isEqualTo(1);
    }

    @Test
    void aFailingUnitLeavesNoPartialRowsAndNamesTheSource() {
        List<String[]> rows = rows(5_000, 2);
        rows.set(4_500, new String[] {"!fail", "x"});
        assertThatThrownBy(() -> session.acquire(TestingRowsSource.of("breaks", List.of("a", "b"), rows)).toBronze()
                .batchSize(1_000).run())
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("mem://breaks")
                .hasMessageContaining("simulated read failure");
        assertThat(count("breaks")).isZero();
        List<Map<String, Object>> loads = warehouse.query("SELECT status, error FROM (" + d().latest(MetadataTables.LOADS)
                + ") x WHERE source = 'mem://breaks'");
        assertThat(loads).singleElement().satisfies(m -> assertThat(m.get("status")).isEqualTo("failed"));
    }

    @Test
    void progressIsReportedAndEndsDone() {
        List<Progress> seen = new CopyOnWriteArrayList<>();
        session.acquire(TestingRowsSource.of("progress", List.of("a"), rows(5_000, 1))).toBronze().batchSize(1_000)
                .onProgress(seen::add).run();
        assertThat(seen.size()).isGreaterThanOrEqualTo(5);
        Progress last = seen.get(seen.size() - 1);
        assertThat(last.done()).isTrue();
        assertThat(last.rowsRead()).isEqualTo(5_000);
        assertThat(last.fraction()).hasValue(1.0);
        assertThat(last.unitsDone()).isEqualTo(1);
        assertThat(last.unitsTotal()).isEqualTo(1);
        // per source: a running unit with its own fraction and ETA (its size is known), then its final numbers once
        assertThat(seen).anySatisfy(p -> assertThat(p.sources()).singleElement().satisfies(s -> {
            assertThat(s.done()).isFalse();
            assertThat(s.table()).isEqualTo("progress");
            assertThat(s.fraction()).isPresent();
            assertThat(s.eta()).isPresent();
        }));
        List<dev.kimball.api.SourceProgress> finals = seen.stream().flatMap(p -> p.sources().stream())
                .filter(dev.kimball.api.SourceProgress::done).toList();
        assertThat(finals).singleElement().satisfies(s -> {
            assertThat(s.rowsRead()).isEqualTo(5_000);
            assertThat(s.fraction()).hasValue(1.0);
        });
    }

    @Test
    void loadsAreRecordedInMetadata() {
        LoadReport r = session.acquire(TestingRowsSource.of("recorded", List.of("a"), rows(7, 1))).toBronze().run();
        List<Map<String, Object>> loads = warehouse.query("SELECT status, rows_read, rows_loaded, rows_rejected, bronze_table FROM ("
                + d().latest(MetadataTables.LOADS) + ") x WHERE load_id = " + d().literal(r.tables().get(0).loadId()));
        assertThat(loads).singleElement().satisfies(m -> {
            assertThat(m).containsEntry("status", "succeeded").containsEntry("rows_read", 7L).containsEntry("rows_loaded", 7L)
                    .containsEntry("bronze_table", "recorded");
        });
        assertThat(session.bronzeTables()).contains(TableRef.bronze("recorded")).doesNotContain(BronzeTables.REJECTS);
    }
}
