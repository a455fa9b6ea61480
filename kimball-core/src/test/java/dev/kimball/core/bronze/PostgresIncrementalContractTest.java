package dev.kimball.core.bronze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kimball.api.ConfigurationException;
import dev.kimball.api.LoadReport;
import dev.kimball.api.PostgresSource;
import dev.kimball.api.Progress;
import dev.kimball.api.SourceProgress;
import dev.kimball.api.Sources;
import dev.kimball.api.TableLoadReport;
import dev.kimball.core.metadata.MetadataStore;
import dev.kimball.core.metadata.MetadataTables;
import dev.kimball.spi.Dialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Incremental PostgreSQL loads by a cursor column, one snapshot per split table, declared keys as metadata and
 * per-source progress, against the real PostgreSQL server (a fresh schema per class) on every warehouse. Tables with
 * 30,000 analyzed rows are split into 3 key ranges ({@code kimball.postgres.splitRows=10000}).
 */
public abstract class PostgresIncrementalContractTest extends SessionContractTest {
    private static final String PG = System.getenv().getOrDefault("KIMBALL_TEST_POSTGRES_URL",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    private final String schema = "kbi_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffL);

    @Override
    protected void beforeSession() throws SQLException {
        exec("CREATE SCHEMA " + schema);
        System.setProperty("kimball.postgres.splitRows", "10000");
    }

    @Override
    protected void afterSession() throws SQLException {
        System.clearProperty("kimball.postgres.splitRows");
        exec("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    private void exec(String... sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(PG); Statement s = c.createStatement()) {
            s.execute("SET search_path = " + (sql[0].startsWith("CREATE SCHEMA") || sql[0].startsWith("DROP SCHEMA") ? "public" : schema));
            for (String q : sql) {
                s.execute(q);
            }
        }
    }

    private PostgresSource source(String... tables) {
        return Sources.postgres(PG.substring(0, PG.indexOf('?'))).user("postgres").schema(schema).tables(tables);
    }

    private LoadReport incremental(PostgresSource source) {
        return session.acquire(source).toBronze().incremental().run();
    }

    private long count(String table, String where) {
        Dialect d = warehouse.dialect();
        return warehouse.queryLong("SELECT count(*) FROM " + d.table(dev.kimball.api.TableRef.bronze(table))
                + (where == null ? "" : " WHERE " + where));
    }

    /** Ids that occur more than once in the bronze table. */
    private long duplicatedIds(String table) {
        Dialect d = warehouse.dialect();
        return warehouse.queryLong("SELECT count(*) FROM (SELECT " + d.quote("id") + " FROM "
                + d.table(dev.kimball.api.TableRef.bronze(table)) + " GROUP BY " + d.quote("id") + " HAVING count(*) > 1) dup");
    }

    private List<Map<String, Object>> loads(String table) {
        Dialect d = warehouse.dialect();
        return new MetadataStore(warehouse).read(MetadataTables.LOADS, d.quote("bronze_table") + " = " + d.literal(table)).stream()
                .sorted(Comparator.comparing(r -> (java.time.Instant) r.get("started_at"))).toList();
    }

    @Test
    void timestampCursorReadsOnlyNewAndUpdatedRowsAndAppendsThem() throws SQLException {
        exec("CREATE TABLE events_ts (id bigint PRIMARY KEY, v text, updated_at timestamptz)",
                "INSERT INTO events_ts SELECT g, 'v' || g, timestamptz '2024-01-01 00:00:00+00' + g * interval '1 minute' "
                        + "FROM generate_series(1, 100) g",
                "INSERT INTO events_ts VALUES (0, 'no cursor value', NULL)");
        PostgresSource src = source("events_ts").cursorColumn("updated_at");

        LoadReport first = incremental(src);
        assertThat(first.rowsRead()).as("first load: everything, the row without a cursor value too").isEqualTo(101);
        assertThat(loads("events_ts")).last().satisfies(r -> {
            assertThat(r).containsEntry("cursor_column", "updated_at").containsEntry("cursor_mark", "2024-01-01 01:40:00+00");
        });

        exec("INSERT INTO events_ts SELECT g, 'v' || g, timestamptz '2024-06-01 00:00:00+00' + g * interval '1 second' "
                        + "FROM generate_series(101, 110) g",
                "UPDATE events_ts SET v = 'changed', updated_at = timestamptz '2025-01-01 00:00:00.123456+00' WHERE id BETWEEN 1 AND 5");
        LoadReport second = incremental(src);
        assertThat(second.rowsRead()).as("10 inserted + 5 updated").isEqualTo(15);
        assertThat(count("events_ts", null)).isEqualTo(116);
        assertThat(count("events_ts", warehouse.dialect().quote("v") + " = 'changed'")).isEqualTo(5);
        assertThat(duplicatedIds("events_ts")).as("only the updated rows arrive twice").isEqualTo(5);
        assertThat(loads("events_ts")).last().extracting(r -> r.get("cursor_mark")).isEqualTo("2025-01-01 00:00:00.123456+00");

        LoadReport third = incremental(src);
        assertThat(third.rowsRead()).as("nothing new").isZero();
        assertThat(count("events_ts", null)).isEqualTo(116);
        assertThat(loads("events_ts")).last().extracting(r -> r.get("cursor_mark")).as("the mark is kept")
                .isEqualTo("2025-01-01 00:00:00.123456+00");
    }

    @Test
    void bigintCursorComparesAsNumbersAndAReplaceLoadAlsoRecordsTheMark() throws SQLException {
        exec("CREATE TABLE ledger (id bigint, note text)", "INSERT INTO ledger SELECT g, 'n' || g FROM generate_series(1, 9) g");
        PostgresSource src = source("ledger").cursorColumn("id");
        LoadReport full = session.acquire(src).toBronze().run(); // replace mode
        assertThat(full.rowsRead()).isEqualTo(9);
        assertThat(loads("ledger")).last().extracting(r -> r.get("cursor_mark")).isEqualTo("9");

        // 10 > 9 only as numbers ('10' < '9' as text)
        exec("INSERT INTO ledger VALUES (10, 'n10'), (11, 'n11'), (100, 'n100')");
        LoadReport next = incremental(src);
        assertThat(next.rowsRead()).isEqualTo(3);
        assertThat(count("ledger", null)).isEqualTo(12);
        assertThat(duplicatedIds("ledger")).isZero();
        assertThat(loads("ledger")).last().extracting(r -> r.get("cursor_mark")).isEqualTo("100");
    }

    @Test
    void keyRangesAllReadAfterTheSameMark() throws SQLException {
        exec("CREATE TABLE orders_big (id bigint PRIMARY KEY, seq bigint, amount numeric(12,2))",
                "INSERT INTO orders_big SELECT g, g, g / 7.0 FROM generate_series(1, 30000) g", "ANALYZE orders_big");
        PostgresSource src = source("orders_big").cursorColumn("seq");
        TableLoadReport first = incremental(src).table("orders_big");
        assertThat(first.sources()).as("split into key ranges").hasSizeGreaterThan(1);
        assertThat(first.rowsRead()).isEqualTo(30_000);

        // updated rows in every range, and new rows at the end
        exec("UPDATE orders_big SET seq = seq + 1000000 WHERE id % 100 = 0",
                "INSERT INTO orders_big SELECT g, 2000000 + g, 1 FROM generate_series(30001, 30020) g");
        TableLoadReport second = incremental(src).table("orders_big");
        assertThat(second.sources()).hasSizeGreaterThan(1);
        assertThat(second.rowsRead()).isEqualTo(320);
        assertThat(count("orders_big", null)).isEqualTo(30_320);
        assertThat(duplicatedIds("orders_big")).isEqualTo(300);
        assertThat(loads("orders_big")).filteredOn(r -> second.loadId().equals(r.get("load_id")))
                .hasSize(second.sources().size()).allSatisfy(r -> assertThat(r).containsEntry("cursor_mark", "2030020"));
    }

    @Test
    void theKeyRangesOfATableReadOneSnapshotWhateverIsWrittenMeanwhile() throws SQLException {
        exec("CREATE TABLE snap (id bigint PRIMARY KEY, v text)",
                "INSERT INTO snap SELECT g, 'v' FROM generate_series(1, 30000) g", "ANALYZE snap");
        AtomicBoolean written = new AtomicBoolean();
        // one worker: the ranges are read one after the other; after the first batch of the first range, rows are
        // inserted into, deleted from and updated in the ranges not yet read (the last range is unbounded above)
        LoadReport r = session.acquire(source("snap")).toBronze().parallelism(1).batchSize(1_000).onProgress(p -> {
            if (!p.done() && written.compareAndSet(false, true)) {
                try {
                    exec("INSERT INTO snap SELECT g, 'new' FROM generate_series(40001, 40100) g",
                            "DELETE FROM snap WHERE id BETWEEN 29001 AND 30000", "UPDATE snap SET v = 'changed' WHERE id > 25000");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        }).run();
        assertThat(written).isTrue();
        TableLoadReport snap = r.table("snap");
        assertThat(snap.sources()).hasSizeGreaterThan(2);
        assertThat(snap.rowsRead()).isEqualTo(30_000);
        assertThat(count("snap", null)).isEqualTo(30_000);
        assertThat(count("snap", warehouse.dialect().quote("v") + " <> 'v'")).as("no changed or new row").isZero();
        assertThat(duplicatedIds("snap")).isZero();

        // the writes were real: the next load sees them
        assertThat(session.acquire(source("snap")).toBronze().run().rowsRead()).isEqualTo(30_000 + 100 - 1_000);
    }

    @Test
    void declaredKeysAreStoredInBronzeNamesAndRefreshed() throws SQLException {
        exec("CREATE TABLE \"Customer\" (\"Customer ID\" int CONSTRAINT customer_pk PRIMARY KEY, "
                        + "\"E-Mail\" text CONSTRAINT customer_mail UNIQUE)",
                "CREATE TABLE purchase (id int CONSTRAINT purchase_pk PRIMARY KEY, line int, \"Customer ID\" int "
                        + "CONSTRAINT purchase_customer REFERENCES \"Customer\", CONSTRAINT purchase_line UNIQUE (id, line))",
                "INSERT INTO \"Customer\" VALUES (1, 'a@x'), (2, 'b@x')", "INSERT INTO purchase VALUES (10, 1, 1), (11, 1, 2)");
        PostgresSource src = source("Customer", "purchase");
        session.acquire(src).toBronze().run();
        assertThat(declaredKeys()).containsExactlyInAnyOrder(
                "customer PK customer_pk customer_id - -",
                "customer UNIQUE customer_mail e_mail - -",
                "purchase PK purchase_pk id - -",
                "purchase UNIQUE purchase_line id,line - -",
                "purchase FK purchase_customer customer_id customer customer_id");
        Dialect d = warehouse.dialect();
        assertThat(new MetadataStore(warehouse).read(MetadataTables.DECLARED_KEYS, d.quote("name") + " = 'customer_pk'"))
                .singleElement().satisfies(row -> assertThat(row).containsEntry("source", src.describe()));

        exec("ALTER TABLE \"Customer\" DROP CONSTRAINT customer_mail");
        session.acquire(src).toBronze().run();
        assertThat(declaredKeys()).hasSize(4).noneMatch(k -> k.contains("customer_mail"));
    }

    private List<String> declaredKeys() {
        Dialect d = warehouse.dialect();
        return new MetadataStore(warehouse).read(MetadataTables.DECLARED_KEYS, d.quote("bronze_table") + " IN ('customer', 'purchase')")
                .stream().map(r -> r.get("bronze_table") + " " + r.get("kind") + " " + r.get("name") + " " + r.get("columns") + " "
                        + (r.get("ref_bronze_table") == null ? "-" : r.get("ref_bronze_table")) + " "
                        + (r.get("ref_columns") == null ? "-" : r.get("ref_columns"))).toList();
    }

    @Test
    void progressCarriesPerSourceNumbersThatReconcileWithTheReport() throws SQLException {
        exec("CREATE TABLE prog_big (id bigint PRIMARY KEY, v text)", "INSERT INTO prog_big SELECT g, 'v' FROM generate_series(1, 30000) g",
                "ANALYZE prog_big", "CREATE TABLE prog_small (id int, v text)", "INSERT INTO prog_small SELECT g, 'w' FROM generate_series(1, 77) g");
        List<Progress> events = new CopyOnWriteArrayList<>();
        LoadReport r = session.acquire(source("prog_big", "prog_small")).toBronze().parallelism(2).batchSize(2_000)
                .onProgress(events::add).run();
        int units = r.tables().stream().mapToInt(t -> t.sources().size()).sum();
        assertThat(units).isGreaterThan(2);

        Map<String, SourceProgress> finals = new HashMap<>();
        List<String> finishedTwice = new ArrayList<>();
        for (Progress p : events) {
            assertThat(p.sources().stream().filter(s -> !s.done()).count()).as("at most 2 sources read at once").isLessThanOrEqualTo(2);
            assertThat(p.unitsTotal()).isEqualTo(units);
            for (SourceProgress s : p.sources()) {
                if (s.done() && finals.put(s.source(), s) != null) {
                    finishedTwice.add(s.source());
                }
            }
        }
        assertThat(finishedTwice).isEmpty();
        for (TableLoadReport t : r.tables()) {
            assertThat(finals.keySet()).containsAll(t.sources());
            List<SourceProgress> ofTable = t.sources().stream().map(finals::get).toList();
            assertThat(ofTable).allSatisfy(s -> assertThat(s.table()).isEqualTo(t.table().name()));
            assertThat(ofTable.stream().mapToLong(SourceProgress::rowsRead).sum()).as(t.table().name()).isEqualTo(t.rowsRead());
            assertThat(ofTable.stream().mapToLong(SourceProgress::bytesRead).sum()).isEqualTo(t.bytes());
        }
        Progress last = events.get(events.size() - 1);
        assertThat(last.done()).isTrue();
        assertThat(last.rowsRead()).isEqualTo(r.rowsRead()).isEqualTo(30_077);
        assertThat(last.unitsDone()).isEqualTo(units);
        assertThat(last.sources()).isEmpty();
        assertThat(events.stream().map(Progress::sources).flatMap(List::stream).map(SourceProgress::source).collect(Collectors.toSet()))
                .hasSize(units);
    }

    @Test
    void aTableWithoutTheCursorColumnFailsBeforeReadingNamingTableAndColumn() throws SQLException {
        exec("CREATE TABLE has_cursor (id int, changed_at timestamp)", "CREATE TABLE lacks_cursor (id int)");
        assertThatThrownBy(() -> incremental(source("has_cursor", "lacks_cursor").cursorColumn("changed_at")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("table lacks_cursor").hasMessageContaining("no cursor column changed_at")
                .hasMessageContaining("tables that have it: has_cursor");
        assertThat(warehouse.tableExists(dev.kimball.api.TableRef.bronze("has_cursor"))).isFalse();
    }
}
