package dev.kimball.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import dev.kimball.cli.output.LoadReportJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kimball load} end to end, in-process, against an embedded DuckDB warehouse in a temporary directory. */
class LoadCommandTest {
    @TempDir
    Path tmp;
    private String warehouse;
    private Path orders;

    @BeforeEach
    void writeOrders() throws IOException {
        warehouse = "jdbc:duckdb:" + tmp.resolve("w.duckdb");
        orders = tmp.resolve("orders.csv");
        Files.writeString(orders, ordersCsv(10, true));
    }

    /** {@code rows} good records; with {@code broken}, one record with a field too many and one cut short. */
    static String ordersCsv(int rows, boolean broken) {
        StringBuilder sb = new StringBuilder("Customer #,Order Date,Amount ($),Notes\n");
        for (int i = 1; i <= rows; i++) {
            sb.append(String.format("%06d,2024-03-%02d,\"$1,%03d.50\",note %d%n", i, i % 28 + 1, i, i));
            if (broken && i == 3) {
                sb.append("000099,2024-03-09,$5.00,too,many,fields\n");
            }
            if (broken && i == 7) {
                sb.append("000098,2024-03-10\n");
            }
        }
        return sb.toString();
    }

    @Test
    void jsonIsExactlyOneObjectWithCountsAndOriginalColumnNames() throws Exception {
        TestingCli.Result r = TestingCli.run("load", orders.toString(), "--warehouse", warehouse, "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();

        JsonNode root = singleJsonObject(r.out());
        assertThat(root.get("tables")).hasSize(1);
        JsonNode t = root.get("tables").get(0);
        assertThat(t.get("table").asText()).isEqualTo("orders");
        assertThat(t.get("source").asText()).endsWith("orders.csv");
        assertThat(t.get("rows_read").asLong()).isEqualTo(12);
        assertThat(t.get("rows_loaded").asLong()).isEqualTo(10);
        assertThat(t.get("rows_rejected").asLong()).isEqualTo(2);
        assertThat(t.get("encoding").asText()).containsIgnoringCase("UTF-8");
        assertThat(t.get("seconds").asDouble()).isPositive();
        List<String> originals = new ArrayList<>();
        t.get("columns").forEach(c -> originals.add(c.get("original").asText()));
        assertThat(originals).containsExactly("Customer #", "Order Date", "Amount ($)", "Notes");
        t.get("columns").forEach(c -> assertThat(c.get("name").asText()).matches("[a-z0-9_]+"));

        assertThat(count("SELECT count(*) FROM bronze.orders")).isEqualTo(10);
        assertThat(count("SELECT count(*) FROM bronze._rejects WHERE bronze_table = 'orders'")).isEqualTo(2);
    }

    @Test
    void humanOutputShowsCountsEncodingDialectAndWhereRejectsWent() {
        TestingCli.Result r = TestingCli.run("load", orders.toString(), "--warehouse", warehouse);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("bronze.orders", "12 read", "10 loaded", "2 rejected", "encoding", "dialect",
                "rows/s", "bronze._rejects");
        assertThat(r.err()).as("no progress bar without a terminal, no logs at WARN").isEmpty();
    }

    @Test
    void reloadReplacesAndAppendAdds() throws Exception {
        assertThat(TestingCli.run("load", orders.toString(), "--warehouse", warehouse, "--json").exitCode()).isZero();
        assertThat(TestingCli.run("load", orders.toString(), "--warehouse", warehouse, "--json").exitCode()).isZero();
        assertThat(count("SELECT count(*) FROM bronze.orders")).isEqualTo(10);
        TestingCli.Result r = TestingCli.run("load", orders.toString(), "--warehouse", warehouse, "--append",
                "--batch-size", "3", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(count("SELECT count(*) FROM bronze.orders")).isEqualTo(20);
    }

    @Test
    void tableOptionPutsSeveralFilesIntoOneTable() throws Exception {
        Path more = Files.writeString(tmp.resolve("orders_2.csv"), ordersCsv(5, false));
        TestingCli.Result r = TestingCli.run("load", orders.toString(), more.toString(), "--table", "all_orders",
                "--warehouse", warehouse, "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode t = singleJsonObject(r.out()).get("tables").get(0);
        assertThat(t.get("table").asText()).isEqualTo("all_orders");
        assertThat(t.get("source").asText()).contains("orders.csv", ", ", "orders_2.csv");
        assertThat(t.get("rows_loaded").asLong()).isEqualTo(15);
        assertThat(count("SELECT count(*) FROM bronze.all_orders")).isEqualTo(15);
    }

    @Test
    void aGlobLoadsEveryMatchingFileIntoItsOwnTable() throws Exception {
        Files.writeString(tmp.resolve("returns.csv"), "id,qty\n1,2\n");
        TestingCli.Result r = TestingCli.run("load", tmp + "/*.csv", "--warehouse", warehouse, "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> tables = new ArrayList<>();
        singleJsonObject(r.out()).get("tables").forEach(t -> tables.add(t.get("table").asText()));
        assertThat(tables).containsExactlyInAnyOrder("orders", "returns");
    }

    @Test
    void aBadWarehouseUrlFailsWithItsCode() {
        TestingCli.Result r = TestingCli.run("load", orders.toString(), "--warehouse", "jdbc:nosuchdb://x", "--json");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).startsWith("kimball: error ").contains("jdbc:nosuchdb://x");
    }

    /** Parses stdout and checks it holds one JSON object and nothing else. */
    static JsonNode singleJsonObject(String stdout) throws IOException {
        try (JsonParser p = LoadReportJson.MAPPER.createParser(stdout)) {
            JsonNode root = LoadReportJson.MAPPER.readTree(p);
            assertThat(root).isNotNull();
            assertThat(root.isObject()).isTrue();
            assertThat(p.nextToken()).as("anything after the JSON object").isNull();
            return root;
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(warehouse); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void incrementalSkipsAnUnchangedFileAndSaysSo() throws Exception {
        assertThat(TestingCli.run("load", orders.toString(), "--warehouse", warehouse, "--incremental", "--json").exitCode()).isZero();
        TestingCli.Result again = TestingCli.run("load", orders.toString(), "--warehouse", warehouse, "--incremental", "--json");
        assertThat(again.exitCode()).as(again.err()).isZero();
        JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(again.out());
        assertThat(json.get("tables")).isEmpty();
        assertThat(json.get("skipped")).hasSize(1);
        assertThat(json.get("skipped").get(0).asText()).endsWith("orders.csv");
        assertThat(TestingCli.run("load", orders.toString(), "--warehouse", warehouse, "--incremental", "--append").exitCode()).isEqualTo(2);
    }
}
