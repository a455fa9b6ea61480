package dev.kimball.core.bronze;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kimball.api.LoadReport;
import dev.kimball.api.Sources;
import dev.kimball.api.TableLoadReport;
import dev.kimball.spi.Dialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * A real PostgreSQL schema loaded into bronze on every warehouse: a table big enough to be split into key ranges
 * (which must land in one bronze table, exactly once) and a table of awkward types.
 */
public abstract class PostgresToBronzeContractTest extends SessionContractTest {
    private static final String PG = System.getenv().getOrDefault("KIMBALL_TEST_POSTGRES_URL",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    private final String schema = "kb_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffL);

    @Override
    protected void beforeSession() throws SQLException {
        try (Connection c = DriverManager.getConnection(PG); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
            s.execute("CREATE TABLE " + schema + ".orders (id bigint PRIMARY KEY, customer text, amount numeric(12,2), placed_at timestamptz)");
            s.execute("INSERT INTO " + schema + ".orders SELECT g, 'customer ' || (g % 97), (g % 1000) / 7.0, "
                    + "timestamptz '2024-01-01 00:00:00+00' + g * interval '1 minute' FROM generate_series(1, 30000) g");
            s.execute("CREATE TABLE " + schema + ".\"Odd Types\" (k int PRIMARY KEY, tags text[], doc jsonb, b boolean, raw bytea, note text)");
            s.execute("INSERT INTO " + schema + ".\"Odd Types\" VALUES (1, ARRAY['a','b\"c'], '{\"x\": 1}', true, '\\x00ff', ''),"
                    + " (2, NULL, NULL, NULL, NULL, NULL)");
            s.execute("ANALYZE " + schema + ".orders");
        }
        System.setProperty("kimball.postgres.splitRows", "10000");
    }

    @Override
    protected void afterSession() throws SQLException {
        System.clearProperty("kimball.postgres.splitRows");
        try (Connection c = DriverManager.getConnection(PG); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    @Test
    void aSchemaLoadsWithRangesInOneTableExactlyOnceAndExactValues() {
        String url = PG.substring(0, PG.indexOf('?'));
        LoadReport r = session.acquire(Sources.postgres(url).user("postgres").schema(schema)).toBronze().parallelism(2).run();
        TableLoadReport orders = r.table("orders");
        assertThat(orders.sources()).as("split into key ranges").hasSizeGreaterThan(1);
        assertThat(orders.rowsLoaded()).isEqualTo(30_000);
        Dialect d = warehouse.dialect();
        assertThat(warehouse.queryLong("SELECT count(DISTINCT id) FROM " + d.table(orders.table()))).isEqualTo(30_000);
        Map<String, Object> row = warehouse.query("SELECT amount, placed_at FROM " + d.table(orders.table()) + " WHERE id = '7'").get(0);
        assertThat(row).containsEntry("amount", "1.00").containsEntry("placed_at", "2024-01-01T00:07:00Z");

        TableLoadReport odd = r.table("odd_types");
        assertThat(odd.columns()).extracting(c -> c.original()).containsExactly("k", "tags", "doc", "b", "raw", "note");
        List<Map<String, Object>> rows = warehouse.query("SELECT tags, doc, b, raw, note FROM " + d.table(odd.table()) + " ORDER BY k");
        assertThat(rows.get(0)).containsEntry("tags", "[\"a\",\"b\\\"c\"]").containsEntry("doc", "{\"x\": 1}")
                .containsEntry("b", "true").containsEntry("raw", "00ff").containsEntry("note", "");
        assertThat(rows.get(1).values()).containsOnlyNulls();

        // re-loading replaces: still exactly one copy
        session.acquire(Sources.postgres(url).user("postgres").schema(schema).tables("orders")).toBronze().run();
        assertThat(warehouse.queryLong("SELECT count(*) FROM " + d.table(orders.table()))).isEqualTo(30_000);
    }
}
