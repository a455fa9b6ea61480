package dev.kimball.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kimball.api.KimballSession;
import dev.kimball.api.LoadReport;
import dev.kimball.api.SourceException;
import dev.kimball.api.Sources;
import dev.kimball.api.TableLoadReport;
import dev.kimball.api.TableRef;
import dev.kimball.core.bronze.BronzeTables;
import dev.kimball.spi.Dialect;
import dev.kimball.spi.Warehouse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** CSV objects of a real S3 server (s3proxy in-process) loaded into bronze through the S3 storage, on every warehouse. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class S3ToBronzeContractTest {
    private static final String BUCKET = "raw-exports";
    private static final int ROWS = 20_000;
    private TestingS3Server s3;
    private KimballSession session;
    private Warehouse warehouse;

    protected abstract KimballSession openSession();

    protected abstract Warehouse warehouseOf(KimballSession session);

    @BeforeAll
    void open() {
        s3 = TestingS3Server.start();
        s3.bucket(BUCKET);
        for (String month : List.of("jan", "feb")) {
            StringBuilder sb = new StringBuilder("order_id,store,amount,ordered_at\n");
            for (int i = 1; i <= ROWS; i++) {
                sb.append(month).append('-').append(i).append(',').append("store ").append(i % 17).append(',')
                        .append(i / 100).append('.').append(String.format("%02d", i % 100)).append(',')
                        .append("2024-").append(month.equals("jan") ? "01" : "02").append('-').append(String.format("%02d", i % 28 + 1))
                        .append('\n');
            }
            s3.put(BUCKET, "sales/sales_" + month + ".csv", sb.toString());
        }
        s3.put(BUCKET, "sales/README.md", "# not data\n");
        s3.put(BUCKET, "sales/archive/sales_dec.csv", "order_id\nold\n");
        s3.put(BUCKET, "stores/stores.tsv", "store_id\tname\tcity\n1\tNorth\tMünchen\n2\tSouth\tSão Paulo\n");
        s3.put(BUCKET, "broken/bad.csv", "a,b\n1,2\n3,4,5,6\n7,8\n");
        try {
            S3Formats.upload(s3, BUCKET, Files.createTempDirectory("kimball-s3-formats"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        session = openSession();
        warehouse = warehouseOf(session);
    }

    /** Removes what the session created in a shared server; nothing for a warehouse in a temporary file. */
    protected void dropWarehouse(KimballSession session) {
    }

    @AfterAll
    void close() {
        if (session != null) {
            try {
                dropWarehouse(session);
            } finally {
                session.close();
            }
        }
        if (s3 != null) {
            s3.close();
        }
    }

    private Dialect d() {
        return warehouse.dialect();
    }

    private Map<String, Object> row(TableRef t, String where) {
        List<Map<String, Object>> rows = warehouse.query("SELECT * FROM " + d().table(t) + " WHERE " + where);
        assertThat(rows).as(where).hasSize(1);
        return rows.get(0);
    }

    @Test
    void aFolderOfCsvObjectsLoadsOneTablePerObjectWithExactValuesAndLineage() {
        LoadReport r = session.acquire(Sources.csv(s3.location(BUCKET, "sales/"))).toBronze().run();
        assertThat(r.tables()).hasSize(2);
        for (String month : List.of("jan", "feb")) {
            TableLoadReport t = r.table("sales_" + month);
            assertThat(t.rowsRead()).isEqualTo(ROWS);
            assertThat(t.rowsLoaded()).isEqualTo(ROWS);
            assertThat(t.rowsRejected()).isZero();
            assertThat(warehouse.queryLong("SELECT count(*) FROM " + d().table(t.table()))).isEqualTo(ROWS);
            assertThat(t.sources()).containsExactly("s3://raw-exports/sales/sales_" + month + ".csv");
        }
        Map<String, Object> row = row(r.table("sales_feb").table(), d().quote("order_id") + " = " + d().literal("feb-12345"));
        assertThat(row).containsEntry("store", "store " + 12345 % 17).containsEntry("amount", "123.45")
                .containsEntry("ordered_at", "2024-02-" + String.format("%02d", 12345 % 28 + 1))
                .containsEntry(BronzeTables.SOURCE, "s3://raw-exports/sales/sales_feb.csv");
        assertThat(((Number) row.get(BronzeTables.ROW)).longValue()).isEqualTo(12346);
    }

    @Test
    void anyFormatFilesUnderAGlobPickCsvByExtension() {
        LoadReport r = session.acquire(Sources.files(s3.location(BUCKET, "stores/*.tsv"))).toBronze().run();
        TableLoadReport t = r.table("stores");
        assertThat(t.rowsLoaded()).isEqualTo(2);
        assertThat(t.columns()).extracting(c -> c.original()).containsExactly("store_id", "name", "city");
        assertThat(row(t.table(), d().quote("store_id") + " = '2'")).containsEntry("city", "São Paulo");
    }

    @Test
    void manyObjectsIntoOneForcedTableWithADoubleStarGlob() {
        LoadReport r = session.acquire(Sources.csv(s3.location(BUCKET, "sales/**/sales_*.csv"))).toBronze("all_sales").run();
        TableLoadReport t = r.table("all_sales");
        assertThat(t.sources()).containsExactly("s3://raw-exports/sales/archive/sales_dec.csv", "s3://raw-exports/sales/sales_feb.csv",
                "s3://raw-exports/sales/sales_jan.csv");
        assertThat(warehouse.queryLong("SELECT count(*) FROM " + d().table(t.table()))).isEqualTo(2L * ROWS + 1);
    }

    @Test
    void brokenRowsOfAnObjectAreRejectedUnderItsS3Name() {
        TableLoadReport t = session.acquire(Sources.csv(s3.location(BUCKET, "broken/bad.csv"))).toBronze().run().table("bad");
        assertThat(t.rowsLoaded()).isEqualTo(2);
        assertThat(t.rowsRejected()).isEqualTo(1);
        List<Map<String, Object>> rejects = warehouse.query("SELECT " + d().quote(BronzeTables.SOURCE) + " AS src FROM "
                + d().table(BronzeTables.REJECTS) + " WHERE bronze_table = 'bad'");
        assertThat(rejects).extracting(m -> m.get("src")).containsExactly("s3://raw-exports/broken/bad.csv");
    }

    @Test
    void aParquetObjectOfSeveralRowGroupsLoadsThroughRangedReads() {
        TableLoadReport t = session.acquire(Sources.parquet(s3.location(BUCKET, "parquet/orders.parquet"))).toBronze().run()
                .table("orders");
        assertThat(t.rowsLoaded()).isEqualTo(S3Formats.PARQUET_ROWS);
        assertThat(t.rowsRejected()).isZero();
        assertThat(warehouse.queryLong("SELECT count(*) FROM " + d().table(t.table()))).isEqualTo(S3Formats.PARQUET_ROWS);
        Map<String, Object> r = row(t.table(), d().quote("id") + " = '31415'");
        assertThat(r).containsEntry("city", S3Formats.city(31415)).containsEntry("amount", S3Formats.amount(31415))
                .containsEntry(BronzeTables.SOURCE, "s3://raw-exports/parquet/orders.parquet");
        assertThat(row(t.table(), d().quote("id") + " = '7'")).containsEntry("city", null);
    }

    @Test
    void aFolderOfMixedFormatsOnS3LoadsEveryFormat() {
        LoadReport r = session.acquire(Sources.files(s3.location(BUCKET, "mixed/"))).toBronze().run();
        assertThat(r.tables()).extracting(t -> t.table().name()).containsExactlyInAnyOrder("customers", "events", "budget", "points");
        assertThat(r.rowsRejected()).isZero();
        assertThat(row(r.table("customers").table(), d().quote("id") + " = '2'")).containsEntry("name", "Bob");
        assertThat(row(r.table("events").table(), d().quote("id") + " = '1'")).containsEntry("user_name", "Ann");
        assertThat(row(r.table("budget").table(), d().quote("month") + " = '2024-03-01'")).containsEntry("amount", "1234.5");
        assertThat(row(r.table("points").table(), d().quote("id") + " = '2'")).containsEntry("city", "Zürich");
        assertThat(r.table("budget").sources()).singleElement().asString().startsWith("s3://raw-exports/mixed/budget.xlsx");
    }

    @Test
    void aMissingBucketFailsTheLoadNamingIt() {
        assertThatThrownBy(() -> session.acquire(Sources.csv(s3.location("no-such-bucket", "x/"))).toBronze().run())
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.code()).isEqualTo("SOURCE_NOT_FOUND"))
                .hasMessageContaining("no-such-bucket").hasMessageNotContaining(TestingS3Server.SECRET_KEY);
    }
}
