package dev.kimball.core.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kimball.api.TableRef;
import dev.kimball.spi.ColumnDef;
import dev.kimball.spi.ColumnType;
import dev.kimball.spi.Dialect;
import dev.kimball.spi.FixedValue;
import dev.kimball.spi.TableDef;
import dev.kimball.spi.TableKind;
import dev.kimball.spi.TableWriter;
import dev.kimball.spi.TextRows;
import dev.kimball.spi.Warehouse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The contract every {@link Warehouse} passes. A subclass opens a fresh, empty warehouse (its own file or
 * namespace); each test uses its own table names, so tests do not depend on each other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class WarehouseContractTest {
    /** Names that break naive SQL building. */
    protected static final List<String> HOSTILE_NAMES = List.of("plain", "with space", "dq\"uote", "back`tick",
            "semi;colon", "sq'uote", "ünï名", "select", "from", "_kimball_row", "back\\slash", "UPPER", "upper_", "1leading_digit",
            "dash-ed", "dot.ted", "emoji😀");

    protected Warehouse warehouse;

    /** A new, empty warehouse for this test class. */
    protected abstract Warehouse openWarehouse();

    @BeforeAll
    void open() {
        warehouse = openWarehouse();
        warehouse.createLayers();
    }

    @AfterAll
    void close() {
        if (warehouse != null) {
            warehouse.close();
        }
    }

    private Dialect d() {
        return warehouse.dialect();
    }

    private TableRef appendTable(String name, List<ColumnDef> columns) {
        TableRef t = TableRef.bronze(name);
        warehouse.createTable(new TableDef(t, columns, TableKind.APPEND, List.of()));
        return t;
    }

    private static List<ColumnDef> strings(List<String> names) {
        return names.stream().map(ColumnDef::string).toList();
    }

    @Test
    void createLayersIsIdempotentAndLayersStartEmpty() {
        warehouse.createLayers();
        for (String layer : List.of(TableRef.SILVER, TableRef.GOLD)) {
            assertThat(warehouse.tables(layer)).isEmpty();
        }
    }

    @Test
    void hostileIdentifiersAreQuotedAndKeptExactly() {
        TableRef t = appendTable("hostile ta\"b`le;drop", strings(HOSTILE_NAMES));
        assertThat(warehouse.tableExists(t)).isTrue();
        assertThat(warehouse.columns(t)).containsExactlyElementsOf(HOSTILE_NAMES);
        try (TableWriter w = warehouse.openWriter(t, strings(HOSTILE_NAMES))) {
            w.write(List.<Object[]>of(HOSTILE_NAMES.toArray(new Object[0])), "b1");
            w.commit();
        }
        for (String c : HOSTILE_NAMES) {
            List<Map<String, Object>> rows = warehouse.query("SELECT " + d().quote(c) + " AS v FROM " + d().table(t));
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).get("v")).as("column %s", c).isEqualTo(c);
        }
        assertThat(warehouse.tables(TableRef.BRONZE)).contains(t);
    }

    @Test
    void literalsRoundTripHostileStrings() {
        List<String> values = List.of("", "it's", "a\"b", "back\\slash", "\\'", "line\nbreak", "tab\there", "ünï名😀",
                "'; DROP TABLE x; --", "$$dollar$$", "percent % and _");
        for (String v : values) {
            List<Map<String, Object>> rows = warehouse.query("SELECT " + d().literal(v) + " AS v");
            assertThat(rows.get(0).get("v")).as("literal of %s", v).isEqualTo(v);
        }
    }

    @Test
    void stringsNullsAndEmptyAreDistinctAndExact() {
        TableRef t = appendTable("strings_exact", strings(List.of("id", "v")));
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            big.append((char) ('a' + i % 26));
        }
        List<String> values = Arrays.asList(null, "", " ", "multi\nline\r\nvalue", "quote \" and ' and `", "tab\t",
                "ünï名😀", "back\\slash", big.toString(), "0042", "NULL");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            rows.add(new Object[] {String.valueOf(i), values.get(i)});
        }
        try (TableWriter w = warehouse.openWriter(t, strings(List.of("id", "v")))) {
            w.write(rows, "b1");
            w.commit();
        }
        List<Map<String, Object>> got = warehouse.query("SELECT " + d().quote("id") + " AS id, " + d().quote("v")
                + " AS v FROM " + d().table(t));
        assertThat(got).hasSize(values.size());
        for (Map<String, Object> r : got) {
            int i = Integer.parseInt((String) r.get("id"));
            assertThat(r.get("v")).as("value %d", i).isEqualTo(values.get(i));
        }
        assertThat(warehouse.queryLong("SELECT count(*) FROM " + d().table(t) + " WHERE " + d().quote("v") + " IS NULL"))
                .isEqualTo(1);
    }

    /**
     * Packed text rows (the bronze path) with fixed values: every value comes back exactly (missing, empty, inlined and
     * long strings, multi-byte UTF-8, line breaks), each row with its number, and every row gets the fixed values. Two
     * batches, the first large enough for DuckDB's parallel insert.
     */
    @Test
    void textRowsAndFixedValuesRoundTrip() {
        List<ColumnDef> cols = List.of(ColumnDef.string("a"), ColumnDef.string("b c"), ColumnDef.required("n", ColumnType.INT64));
        List<FixedValue> fixed = List.of(new FixedValue(ColumnDef.required("src", ColumnType.STRING), "file 'one'.csv"),
                new FixedValue(ColumnDef.required("at", ColumnType.TIMESTAMP), Instant.parse("2026-11-27T23:59:58.123456Z")),
                new FixedValue(new ColumnDef("k", ColumnType.INT64, true), 42L),
                new FixedValue(new ColumnDef("f", ColumnType.FLOAT64, true), -2.5d),
                new FixedValue(new ColumnDef("ok", ColumnType.BOOLEAN, true), true),
                new FixedValue(ColumnDef.string("none"), null));
        List<ColumnDef> all = new ArrayList<>(cols);
        fixed.forEach(f -> all.add(f.column()));
        TableRef t = TableRef.bronze("text rows");
        warehouse.createTable(new TableDef(t, all, TableKind.APPEND, List.of("n")));
        String[] samples = {null, "", "short", "exactly12byt", "longer than twelve bytes", "ünï名😀", "multi\nline\r\nx",
            "quote \" and ' and `"};
        int total = 0;
        try (TableWriter w = warehouse.openWriter(t, cols, fixed)) {
            for (int batch = 0; batch < 2; batch++) {
                int n = batch == 0 ? 9_000 : 1_234;
                TextRows rows = new TextRows(2, 16);
                for (int i = 0; i < n; i++) {
                    long number = total + i;
                    String a = samples[(int) (number % samples.length)];
                    rows.add(a == null ? null : a.getBytes(StandardCharsets.UTF_8));
                    rows.add(String.valueOf(number).getBytes(StandardCharsets.UTF_8));
                    rows.endRow(number);
                }
                w.write(rows, "text-" + batch);
                total += n;
            }
            w.commit();
        }
        String q = d().quote("n");
        assertThat(warehouse.queryLong("SELECT count(*) FROM " + d().table(t))).isEqualTo(total);
        assertThat(warehouse.queryLong("SELECT sum(" + q + ") FROM " + d().table(t))).isEqualTo((long) total * (total - 1) / 2);
        assertThat(warehouse.queryLong("SELECT count(*) FROM " + d().table(t) + " WHERE CAST(" + q + " AS VARCHAR) = "
                + d().quote("b c"))).as("b c holds the row number as text").isEqualTo(total);
        for (long number : new long[] {0, 1, 2, 3, 4, 5, 6, 7, 8_999, 9_000, total - 1}) {
            List<Map<String, Object>> got = warehouse.query("SELECT " + d().quote("a") + " AS a, " + d().quote("src") + " AS src, "
                    + d().quote("at") + " AS at, " + d().quote("k") + " AS k, " + d().quote("f") + " AS f, " + d().quote("ok")
                    + " AS ok, " + d().quote("none") + " AS none FROM " + d().table(t) + " WHERE " + q + " = " + number);
            assertThat(got).as("row %d", number).hasSize(1);
            assertThat(got.get(0).get("a")).as("row %d", number).isEqualTo(samples[(int) (number % samples.length)]);
            assertThat(got.get(0)).containsEntry("src", "file 'one'.csv").containsEntry("at", fixed.get(1).value())
                    .containsEntry("k", 42L).containsEntry("f", -2.5d).containsEntry("ok", true).containsEntry("none", null);
        }
    }

    @Test
    void textRowsNeedTextColumnsThenOneNumber() {
        TableRef t = appendTable("text misfit", strings(List.of("a", "b")));
        try (TableWriter w = warehouse.openWriter(t, strings(List.of("a", "b")))) {
            TextRows rows = new TextRows(2, 4);
            rows.add("x".getBytes(StandardCharsets.UTF_8));
            rows.add("y".getBytes(StandardCharsets.UTF_8));
            rows.endRow(1);
            assertThatThrownBy(() -> {
                w.write(rows, "misfit");
                w.commit();
            }).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("INT64");
        }
    }

    @Test
    void objectRowsTakeUtf8BytesForText() {
        TableRef t = appendTable("utf8 values", strings(List.of("id", "v")));
        try (TableWriter w = warehouse.openWriter(t, strings(List.of("id", "v")))) {
            w.write(List.of(new Object[] {"1", "ünï名😀".getBytes(StandardCharsets.UTF_8)}, new Object[] {"2", new byte[0]},
                    new Object[] {"3", null}), "utf8");
            w.commit();
        }
        List<Map<String, Object>> got = warehouse.query("SELECT " + d().quote("v") + " AS v FROM " + d().table(t) + " ORDER BY "
                + d().quote("id"));
        assertThat(got).extracting(r -> r.get("v")).containsExactly("ünï名😀", "", null);
    }

    @Test
    void typedColumnsRoundTrip() {
        List<ColumnDef> cols = List.of(ColumnDef.required("s", ColumnType.STRING), new ColumnDef("n", ColumnType.INT64, true),
                new ColumnDef("f", ColumnType.FLOAT64, true), new ColumnDef("b", ColumnType.BOOLEAN, true),
                new ColumnDef("ts", ColumnType.TIMESTAMP, true));
        TableRef t = TableRef.metadata("typed_roundtrip");
        warehouse.createTable(new TableDef(t, cols, TableKind.APPEND, List.of("s")));
        Instant ts = Instant.parse("2026-11-27T18:52:35.123456Z");
        try (TableWriter w = warehouse.openWriter(t, cols)) {
            w.write(List.of(new Object[] {"a", Long.MAX_VALUE, 1.5d, true, ts}, new Object[] {"b", null, null, null, null},
                    new Object[] {"c", -7L, -0.25d, false, Instant.EPOCH}), "b1");
            w.commit();
        }
        List<Map<String, Object>> rows = warehouse.query("SELECT * FROM " + d().table(t) + " ORDER BY " + d().quote("s"));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).containsEntry("n", Long.MAX_VALUE).containsEntry("f", 1.5d).containsEntry("b", true)
                .containsEntry("ts", ts);
        assertThat(rows.get(1).get("n")).isNull();
        assertThat(rows.get(1).get("ts")).isNull();
        assertThat(rows.get(2)).containsEntry("n", -7L).containsEntry("b", false).containsEntry("ts", Instant.EPOCH);
        assertThat(warehouse.queryLong("SELECT count(*) FROM " + d().table(t))).isEqualTo(3L);
    }

    @Test
    void versionedTableReadsLatestNotDeletedVersion() {
        List<ColumnDef> cols = List.of(ColumnDef.required("k", ColumnType.STRING), ColumnDef.string("v"),
                ColumnDef.required(TableDef.VERSION, ColumnType.INT64), ColumnDef.required(TableDef.IS_DELETED, ColumnType.BOOLEAN));
        TableDef def = new TableDef(TableRef.metadata("versioned_contract"), cols, TableKind.VERSIONED, List.of("k"));
        warehouse.createTable(def);
        try (TableWriter w = warehouse.openWriter(def.table(), cols)) {
            w.write(List.of(new Object[] {"a", "a1", 1L, false}, new Object[] {"b", "b1", 1L, false}), "v1");
            w.write(List.of(new Object[] {"a", "a2", 2L, false}, new Object[] {"b", "b2", 3L, true},
                    new Object[] {"c", "c1", 1L, false}), "v2");
            // an older version written late must not win
            w.write(List.<Object[]>of(new Object[] {"c", "c0", 0L, false}), "v3");
            w.commit();
        }
        List<Map<String, Object>> rows = warehouse.query("SELECT " + d().quote("k") + " AS k, " + d().quote("v") + " AS v FROM ("
                + d().latest(def) + ") latest ORDER BY k");
        assertThat(rows).extracting(r -> r.get("k") + "=" + r.get("v")).containsExactly("a=a2", "c=c1");
    }

    @Test
    void addedColumnsAreNullForOlderRowsAndWritersMayNameASubset() {
        TableRef t = appendTable("evolving", strings(List.of("a", "b")));
        try (TableWriter w = warehouse.openWriter(t, strings(List.of("a", "b")))) {
            w.write(List.<Object[]>of(new Object[] {"1", "x"}), "b1");
            w.commit();
        }
        warehouse.execute(d().addColumn(t, ColumnDef.string("c d")));
        warehouse.execute(d().addColumn(t, ColumnDef.string("c d"))); // idempotent
        assertThat(warehouse.columns(t)).containsExactly("a", "b", "c d");
        try (TableWriter w = warehouse.openWriter(t, strings(List.of("c d", "a")))) {
            w.write(List.<Object[]>of(new Object[] {"new", "2"}), "b2");
            w.commit();
        }
        List<Map<String, Object>> rows = warehouse.query("SELECT a, b, " + d().quote("c d") + " AS cd FROM " + d().table(t) + " ORDER BY a");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("a", "1").containsEntry("b", "x").containsEntry("cd", null);
        assertThat(rows.get(1)).containsEntry("a", "2").containsEntry("b", null).containsEntry("cd", "new");
    }

    @Test
    void columnsOfLayerListsEveryTableWithItsColumnsInOrder() {
        TableRef t = appendTable("listed z", strings(List.of("b", "a", "c d")));
        Map<String, List<String>> layer = warehouse.columnsOfLayer(TableRef.BRONZE);
        assertThat(layer).containsEntry(t.name(), List.of("b", "a", "c d"));
        for (TableRef other : warehouse.tables(TableRef.BRONZE)) {
            assertThat(layer.get(other.name())).as("table %s", other.name()).isEqualTo(warehouse.columns(other));
        }
        assertThat(layer.keySet()).containsExactlyElementsOf(warehouse.tables(TableRef.BRONZE).stream().map(TableRef::name).toList());
    }

    @Test
    void deleteWhereRemovesOnlyMatchingRows() {
        TableRef t = appendTable("deletable", strings(List.of("src", "v")));
        try (TableWriter w = warehouse.openWriter(t, strings(List.of("src", "v")))) {
            w.write(List.of(new Object[] {"a'1", "1"}, new Object[] {"a'1", "2"}, new Object[] {"b", "3"}), "b1");
            w.commit();
        }
        warehouse.execute(d().deleteWhere(t, d().quote("src") + " = " + d().literal("a'1")));
        assertThat(warehouse.queryLong("SELECT count(*) FROM " + d().table(t))).isEqualTo(1L);
        assertThat(warehouse.query("SELECT v FROM " + d().table(t)).get(0).get("v")).isEqualTo("3");
    }

    @Test
    void dropTableAndExistence() {
        TableRef t = appendTable("droppable", strings(List.of("a")));
        assertThat(warehouse.tableExists(t)).isTrue();
        warehouse.execute(d().dropTable(t));
        warehouse.execute(d().dropTable(t));
        assertThat(warehouse.tableExists(t)).isFalse();
        assertThat(warehouse.columns(t)).isEmpty();
    }

    @Test
    void concurrentWritersToOneTableLoseNothing() throws Exception {
        TableRef t = appendTable("concurrent", strings(List.of("worker", "i")));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int worker = 0; worker < 4; worker++) {
                final int wk = worker;
                fs.add(pool.submit(() -> {
                    try (TableWriter w = warehouse.openWriter(t, strings(List.of("worker", "i")))) {
                        for (int b = 0; b < 5; b++) {
                            List<Object[]> rows = new ArrayList<>();
                            for (int i = 0; i < 2_000; i++) {
                                rows.add(new Object[] {String.valueOf(wk), String.valueOf(b * 2_000 + i)});
                            }
                            w.write(rows, "w" + wk + "-b" + b);
                        }
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
        assertThat(warehouse.queryLong("SELECT count(*) FROM " + d().table(t))).isEqualTo(40_000L);
        assertThat(warehouse.queryLong("SELECT count(DISTINCT " + d().quote("i") + ") FROM " + d().table(t))).isEqualTo(10_000L);
    }

    @Test
    void aWriterReportsFailureOfABadRowAndTheTableStaysUsable() {
        TableRef t = appendTable("after_failure", strings(List.of("a")));
        try (TableWriter w = warehouse.openWriter(t, strings(List.of("a")))) {
            w.write(List.<Object[]>of(new Object[] {"ok"}), "b1");
            w.commit();
        }
        try (TableWriter w = warehouse.openWriter(t, strings(List.of("a")))) {
            assertThatThrownBy(() -> {
                w.write(List.<Object[]>of(new Object[] {new Object()}), "b2");
                w.commit();
            }).isInstanceOf(RuntimeException.class);
        }
        assertThat(warehouse.queryLong("SELECT count(*) FROM " + d().table(t))).isEqualTo(1L);
    }

    @Test
    void badSqlFailsWithWarehouseExceptionNamingTheStatement() {
        assertThatThrownBy(() -> warehouse.execute("SELEC nonsense"))
                .isInstanceOf(dev.kimball.api.WarehouseException.class)
                .hasMessageContaining("SELEC nonsense");
    }

    @Test
    void urlHasNoSecretsAndKindIsKnown() {
        assertThat(warehouse.kind()).isIn("duckdb", "clickhouse");
        assertThat(warehouse.url()).doesNotContainIgnoringCase("password");
    }
}
