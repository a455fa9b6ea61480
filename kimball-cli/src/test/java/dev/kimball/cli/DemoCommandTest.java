package dev.kimball.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kimball demo} end to end: generate, load into an embedded DuckDB warehouse, reconcile the counts, discover the catalog. */
class DemoCommandTest {
    @TempDir
    Path tmp;

    @Test
    void demoLoadsEveryFileAndTheCountsReconcileWithWhatWasPlanted() throws Exception {
        TestingCli.Result r = TestingCli.run("demo", "--dir", tmp.resolve("data").toString(), "--warehouse",
                "jdbc:duckdb:" + tmp.resolve("w.duckdb"), "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode root = LoadCommandTest.singleJsonObject(r.out());

        Map<String, JsonNode> files = new HashMap<>();
        root.get("files").forEach(f -> files.put(f.get("path").asText(), f));
        assertThat(files).hasSize(5);
        assertThat(root.get("tables")).hasSize(5);
        for (JsonNode t : root.get("tables")) {
            String table = t.get("table").asText();
            JsonNode file = files.get(t.get("source").asText());
            assertThat(file).as("the file behind " + table + " (" + t.get("source") + ")").isNotNull();
            long read = t.get("rows_read").asLong();
            assertThat(read).as(table + ": read = loaded + rejected")
                    .isEqualTo(t.get("rows_loaded").asLong() + t.get("rows_rejected").asLong());
            assertThat(read).as(table + ": records read").isEqualTo(file.get("records").asLong());
            assertThat(t.get("rows_rejected").asLong()).as(table + ": rejected = planted broken records")
                    .isEqualTo(file.get("planted_broken_records").asLong());
        }
        JsonNode sales = table(root, "sales_transactions");
        assertThat(sales.get("rows_rejected").asLong()).isEqualTo(3);
        assertThat(table(root, "daily_sales").get("encoding").asText()).containsIgnoringCase("1252");
        assertThat(table(root, "dealers").get("encoding").asText()).containsIgnoringCase("BOM");
        assertThat(table(root, "vehicles").get("columns").get(0).get("original").asText()).isEqualTo("VIN");
        assertThat(root.get("next_steps")).isNotEmpty();

        JsonNode catalog = root.get("catalog");
        assertThat(catalog.get("tables")).hasSize(5);
        JsonNode vehicles = catalogTable(catalog, "vehicles");
        assertThat(column(vehicles, "arrival_date").get("format").asText()).isEqualTo("dd/MM/yyyy");
        assertThat(column(vehicles, "arrival_date").get("source_name").asText()).isEqualTo("Arrival Date");
        JsonNode salesTypes = catalogTable(catalog, "sales_transactions");
        assertThat(column(salesTypes, "price_eur").get("format").asText()).contains("decimal=','", "currency='€'");
        assertThat(column(salesTypes, "discount").get("semantic").asText()).isEqualTo("percentage");
        assertThat(column(salesTypes, "customer").get("semantic").asText()).isEqualTo("identifier");
        assertThat(column(catalogTable(catalog, "daily_sales"), "date").get("format").asText()).isEqualTo("dd.MM.yyyy");
        assertThat(catalogTable(catalog, "customers").get("duplicate_rows").asLong()).isPositive();
    }

    private static JsonNode catalogTable(JsonNode catalog, String name) {
        for (JsonNode t : catalog.get("tables")) {
            if (t.get("table").asText().equals(name)) {
                return t;
            }
        }
        throw new AssertionError("no table " + name + " in " + catalog);
    }

    private static JsonNode column(JsonNode file, String name) {
        for (JsonNode c : file.get("columns")) {
            if (c.get("name").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no column " + name + " in " + file.get("table"));
    }

    @Test
    void humanOutputWalksThroughThePhases() {
        Path dir = tmp.resolve("data");
        TestingCli.Result r = TestingCli.run("demo", "--dir", dir.toString(), "--seed", "7", "--warehouse",
                "jdbc:duckdb:" + tmp.resolve("w.duckdb"));
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("[1/4] Generate", "seed 7", dir.toString(), "[2/4] Acquire",
                "bronze.sales_transactions", "3 rejected", "bronze._rejects", "[3/4] Discover", "[4/4] Next steps");
        String discover = r.out().substring(r.out().indexOf("[3/4] Discover"), r.out().indexOf("[4/4] Next steps"));
        assertThat(discover).contains("vehicles: 500 rows", "arrival_date", "DATE dd/MM/yyyy", "(Arrival Date)",
                "price_eur", "currency='€'", "quality", "repeat an earlier row");
    }

    @Test
    void reRunningTheDemoReplacesItsTablesInsteadOfAddingCopies() throws Exception {
        String[] args = {"demo", "--dir", tmp.resolve("data").toString(), "--warehouse",
            "jdbc:duckdb:" + tmp.resolve("w.duckdb"), "--json"};
        JsonNode first = LoadCommandTest.singleJsonObject(TestingCli.run(args).out());
        JsonNode second = LoadCommandTest.singleJsonObject(TestingCli.run(args).out());
        List<String> names = new ArrayList<>();
        second.get("tables").forEach(t -> names.add(t.get("table").asText()));
        assertThat(names).containsExactlyInAnyOrder("dealers", "vehicles", "customers", "sales_transactions", "daily_sales");
        assertThat(second.get("tables").toString().replaceAll("\"(load_id|seconds|rows_per_second)\":[^,]+,", ""))
                .isEqualTo(first.get("tables").toString().replaceAll("\"(load_id|seconds|rows_per_second)\":[^,]+,", ""));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + tmp.resolve("w.duckdb"));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM bronze.sales_transactions), "
                     + "(SELECT count(*) FROM bronze._rejects)")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(4_997);
            assertThat(rs.getLong(2)).isEqualTo(3);
        }
    }

    @Test
    void theDefaultDirectoryIsStablePerSeed() {
        assertThat(DemoCommand.defaultDir(42)).isEqualTo(DemoCommand.defaultDir(42)).isNotEqualTo(DemoCommand.defaultDir(43));
        assertThat(DemoCommand.defaultDir(42).getParent()).isEqualTo(Path.of(System.getProperty("java.io.tmpdir")));
        assertThat(DemoCommand.defaultDir(42).getFileName()).hasToString("kimball-demo-seed42");
    }

    private static JsonNode table(JsonNode root, String name) {
        for (JsonNode t : root.get("tables")) {
            if (t.get("table").asText().equals(name)) {
                return t;
            }
        }
        throw new AssertionError("no table " + name + " in " + root.get("tables"));
    }
}
