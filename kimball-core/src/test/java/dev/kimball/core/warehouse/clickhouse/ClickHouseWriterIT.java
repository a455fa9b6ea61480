package dev.kimball.core.warehouse.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kimball.api.TableRef;
import dev.kimball.api.WarehouseException;
import dev.kimball.spi.ColumnDef;
import dev.kimball.spi.ColumnType;
import dev.kimball.spi.Dialect;
import dev.kimball.spi.TableDef;
import dev.kimball.spi.TableKind;
import dev.kimball.spi.TableWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The RowBinary batch writer against a real server: deduplication by batch id, batches sharing inserts, rows durable at
 * commit, and encodings at their edges.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClickHouseWriterIT {
    private ClickHouseWarehouse warehouse;
    private Dialect d;

    @BeforeAll
    void open() {
        warehouse = TestingClickHouse.openFresh();
        d = warehouse.dialect();
    }

    @AfterAll
    void close() {
        TestingClickHouse.dropAndClose(warehouse);
    }

    private TableRef stringTable(String name, String... columns) {
        TableRef t = TableRef.bronze(name);
        warehouse.createTable(new TableDef(t, List.of(columns).stream().map(ColumnDef::string).toList(), TableKind.APPEND, List.of()));
        return t;
    }

    private static List<Object[]> rows(int n, String prefix) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new Object[] {prefix + i});
        }
        return rows;
    }

    private long count(TableRef t) {
        return warehouse.queryLong("SELECT count() FROM " + d.table(t));
    }

    @Test
    void aBatchIdWrittenTwiceIsStoredOnce() {
        TableRef t = stringTable("dedup", "v");
        try (TableWriter w = warehouse.openWriter(t, List.of(ColumnDef.string("v")))) {
            w.write(rows(1_000, "r"), "load-1:0:0");
            w.write(rows(1_000, "r"), "load-1:0:0"); // a retry of the same batch
            w.commit();
            assertThat(count(t)).isEqualTo(1_000);
            // the same rows under another batch id are a new batch: the server must not drop them by content
            w.write(rows(1_000, "r"), "load-2:0:0");
            w.commit();
        }
        assertThat(count(t)).isEqualTo(2_000);
        // a second writer resending a batch (a retried insert) carries the same token: the server stores it once
        try (TableWriter w = warehouse.openWriter(t, List.of(ColumnDef.string("v")))) {
            w.write(rows(1_000, "r"), "load-2:0:0");
            w.commit();
        }
        assertThat(count(t)).isEqualTo(2_000);
    }

    @Test
    void manyBatchesShareInsertsAndEveryRowLandsOnce() {
        TableRef t = stringTable("coalesced", "v");
        int batches = 40;
        try (TableWriter w = warehouse.openWriter(t, List.of(ColumnDef.string("v")))) {
            for (int b = 0; b < batches; b++) {
                w.write(rows(10_000, "b" + b + "-" + "x".repeat(40)), "load-3:0:" + b); // ~50 bytes a row: 20 MB, two inserts
            }
            w.commit();
        }
        assertThat(count(t)).isEqualTo(batches * 10_000L);
        assertThat(warehouse.queryLong("SELECT uniqExact(v) FROM " + d.table(t))).isEqualTo(batches * 10_000L);
    }

    @Test
    void closingWithoutCommitDropsWhatWasNotSent() {
        TableRef t = stringTable("uncommitted", "v");
        try (TableWriter w = warehouse.openWriter(t, List.of(ColumnDef.string("v")))) {
            w.write(rows(10, "r"), "load-4:0:0");
        }
        assertThat(count(t)).isZero();
    }

    @Test
    void identicalAdHocInsertsAreBothKept() {
        // APPEND tables keep a deduplication window; without a token the server would drop the second INSERT.
        TableRef t = stringTable("adhoc", "v");
        warehouse.execute("INSERT INTO " + d.table(t) + " VALUES ('same')");
        warehouse.execute("INSERT INTO " + d.table(t) + " VALUES ('same')");
        warehouse.execute("INSERT INTO " + d.table(t) + " SELECT 'same'");
        warehouse.execute("INSERT INTO " + d.table(t) + " SELECT 'same'");
        assertThat(count(t)).isEqualTo(4);
    }

    @Test
    void stringLengthsAcrossVarintBoundariesAndAllUtf8Widths() {
        TableRef t = stringTable("strings_edge", "id", "v");
        List<String> values = new ArrayList<>();
        for (int n : new int[] {0, 1, 127, 128, 129, 16_383, 16_384, 16_385, 2_097_151, 2_097_152}) {
            values.add("x".repeat(n));
        }
        values.add("é".repeat(64)); // 64 chars, 128 bytes: the byte length, not the char count, crosses the boundary
        values.add("名".repeat(5_462)); // 16,386 bytes in 3-byte characters
        values.add("😀".repeat(4_096)); // 4-byte characters: 16,384 bytes in 8,192 chars
        values.add("mixed a é 名 😀 𝄞 \u0000 nul \t\n\r end");
        values.add("\uD800 lone surrogate"); // not valid UTF-16: written as '?', like String.getBytes
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            rows.add(new Object[] {String.valueOf(i), values.get(i)});
        }
        try (TableWriter w = warehouse.openWriter(t, List.of(ColumnDef.string("id"), ColumnDef.string("v")))) {
            w.write(rows, "b1");
            w.commit();
        }
        List<Map<String, Object>> got = warehouse.query("SELECT toInt64(id) AS i, v, length(v) AS bytes FROM " + d.table(t) + " ORDER BY i");
        assertThat(got).hasSize(values.size());
        for (Map<String, Object> r : got) {
            int i = ((Long) r.get("i")).intValue();
            String expected = values.get(i).replace('\uD800', '?');
            assertThat(r.get("v")).as("value %d", i).isEqualTo(expected);
            assertThat(r.get("bytes")).as("server byte length of value %d", i)
                    .isEqualTo((long) expected.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        }
    }

    @Test
    void typedValuesAtTheirEdges() {
        List<ColumnDef> cols = List.of(ColumnDef.required("id", ColumnType.INT64), new ColumnDef("n", ColumnType.INT64, true),
                new ColumnDef("f", ColumnType.FLOAT64, true), ColumnDef.required("b", ColumnType.BOOLEAN),
                ColumnDef.required("ts", ColumnType.TIMESTAMP));
        TableRef t = TableRef.metadata("typed_edges");
        warehouse.createTable(new TableDef(t, cols, TableKind.APPEND, List.of("id")));
        Instant beforeEpoch = Instant.parse("1969-12-31T23:59:59.999999Z");
        Instant withNanos = Instant.parse("2026-11-27T10:00:00.123456789Z");
        try (TableWriter w = warehouse.openWriter(t, cols)) {
            w.write(List.of(new Object[] {1L, Long.MIN_VALUE, Double.NaN, true, beforeEpoch},
                    new Object[] {2L, Long.MAX_VALUE, Double.NEGATIVE_INFINITY, false, withNanos},
                    new Object[] {3L, 42, -0.0d, true, Instant.parse("2299-12-31T23:59:59.999999Z")},
                    new Object[] {4L, null, Double.MIN_VALUE, false, Instant.parse("1900-01-01T00:00:00Z")}), "b1");
            w.commit();
        }
        List<Map<String, Object>> r = warehouse.query("SELECT * FROM " + d.table(t) + " ORDER BY id");
        assertThat(r.get(0)).containsEntry("n", Long.MIN_VALUE).containsEntry("b", true).containsEntry("ts", beforeEpoch);
        assertThat((Double) r.get(0).get("f")).isNaN();
        assertThat(r.get(1)).containsEntry("n", Long.MAX_VALUE).containsEntry("f", Double.NEGATIVE_INFINITY)
                .containsEntry("ts", Instant.parse("2026-11-27T10:00:00.123456Z")); // DateTime64(6) keeps micros
        assertThat(r.get(2)).containsEntry("n", 42L).containsEntry("f", -0.0d)
                .containsEntry("ts", Instant.parse("2299-12-31T23:59:59.999999Z"));
        assertThat(r.get(3)).containsEntry("n", null).containsEntry("f", Double.MIN_VALUE)
                .containsEntry("ts", Instant.parse("1900-01-01T00:00:00Z"));
    }

    @Test
    void aValueOfTheWrongTypeFailsBeforeAnythingIsSent() {
        TableRef t = stringTable("wrong_type", "a", "b");
        try (TableWriter w = warehouse.openWriter(t, List.of(ColumnDef.string("a"), ColumnDef.string("b")))) {
            assertThatThrownBy(() -> w.write(List.of(new Object[] {"ok", "ok"}, new Object[] {"ok", 7L}), "b1"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("row 1").hasMessageContaining("column b").hasMessageContaining("java.lang.Long");
            assertThatThrownBy(() -> w.write(List.<Object[]>of(new Object[] {"only one"}), "b2"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 values").hasMessageContaining("2 columns");
            w.write(List.of(), "empty");
            w.commit();
        }
        assertThat(count(t)).isZero();
    }

    @Test
    void aBatchTheServerRefusesFailsAtOnceNamingTableAndReason() {
        TableRef missing = TableRef.bronze("does_not_exist");
        try (TableWriter w = warehouse.openWriter(missing, List.of(ColumnDef.string("v")))) {
            assertThatThrownBy(() -> {
                w.write(rows(3, "r"), "b1");
                w.commit();
            })
                    .isInstanceOfSatisfying(WarehouseException.class, e -> assertThat(e.code()).isEqualTo("WAREHOUSE_STATEMENT"))
                    .hasMessageContaining("does_not_exist").hasMessageContaining("UNKNOWN_TABLE")
                    .hasMessageContaining("batch b1")
                    // a permanent error is not retried: it fails on the first attempt
                    .hasMessageContaining("attempt 1 of " + ClickHouseTableWriter.ATTEMPTS);
        }
    }

    @Test
    void versionedTableKeepsTheLatestVersionAfterBackgroundMerges() {
        List<ColumnDef> cols = List.of(ColumnDef.required("k", ColumnType.STRING), ColumnDef.string("v"),
                ColumnDef.required(TableDef.VERSION, ColumnType.INT64), ColumnDef.required(TableDef.IS_DELETED, ColumnType.BOOLEAN));
        TableDef def = new TableDef(TableRef.metadata("versioned_merged"), cols, TableKind.VERSIONED, List.of("k"));
        warehouse.createTable(def);
        try (TableWriter w = warehouse.openWriter(def.table(), cols)) {
            w.write(List.<Object[]>of(new Object[] {"a", "a5", 5L, false}), "v1");
            w.write(List.<Object[]>of(new Object[] {"a", "a3", 3L, false}, new Object[] {"b", "b1", 1L, false}), "v2");
            w.write(List.<Object[]>of(new Object[] {"b", "b2", 2L, true}), "v3");
            w.commit();
        }
        warehouse.execute("OPTIMIZE TABLE " + d.table(def.table()) + " FINAL");
        List<Map<String, Object>> rows = warehouse.query("SELECT k, v FROM (" + d.latest(def) + ") l ORDER BY k");
        assertThat(rows).extracting(r -> r.get("k") + "=" + r.get("v")).containsExactly("a=a5");
    }
}
