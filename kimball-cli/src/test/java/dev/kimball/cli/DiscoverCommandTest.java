package dev.kimball.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kimball discover} and {@code kimball catalog} end to end, in-process, on an embedded DuckDB warehouse. */
class DiscoverCommandTest {
    @TempDir
    Path tmp;
    private String warehouse;

    @BeforeEach
    void load() throws IOException {
        warehouse = "jdbc:duckdb:" + tmp.resolve("w.duckdb");
        Path orders = tmp.resolve("orders.csv");
        Files.writeString(orders, LoadCommandTest.ordersCsv(50, true));
        TestingCli.Result r = TestingCli.run("load", orders.toString(), "--warehouse", warehouse, "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    @Test
    void jsonIsExactlyOneObjectWithTheAgreedShape() throws Exception {
        TestingCli.Result r = TestingCli.run("discover", "--warehouse", warehouse, "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode root = LoadCommandTest.singleJsonObject(r.out());
        assertThat(root.get("tables")).hasSize(1);
        assertThat(root.get("relationships").isArray()).isTrue();
        JsonNode t = root.get("tables").get(0);
        assertThat(t.get("table").asText()).isEqualTo("orders");
        assertThat(t.get("rows").asLong()).isEqualTo(50);
        assertThat(t.get("primary_key").isArray()).isTrue();
        assertThat(t.get("quality").asDouble()).isBetween(0.0, 1.0);
        List<String> names = new ArrayList<>();
        for (JsonNode c : t.get("columns")) {
            names.add(c.get("name").asText());
            assertThat(c.has("type") && c.has("format") && c.has("confidence") && c.has("quality")).as(c.toString()).isTrue();
        }
        assertThat(names).containsExactly("customer", "order_date", "amount", "notes");
        JsonNode date = t.get("columns").get(1);
        assertThat(date.get("type").asText()).isEqualTo("DATE");
        assertThat(date.get("format").asText()).isEqualTo("yyyy-MM-dd");
        assertThat(date.get("source_name").asText()).isEqualTo("Order Date");
        assertThat(t.get("columns").get(2).get("type").asText()).startsWith("DECIMAL");
    }

    @Test
    void humanOutputShowsTablesColumnsAndTiming() {
        TestingCli.Result r = TestingCli.run("discover", "--warehouse", warehouse);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("orders: 50 rows", "order_date", "DATE yyyy-MM-dd", "(Order Date)");
        assertThat(r.err()).contains("Discovering 1 bronze tables", "Discovered in");
    }

    @Test
    void catalogEditsAreStoredAndShownWithHistory() throws Exception {
        assertThat(TestingCli.run("discover", "--warehouse", warehouse, "--json").exitCode()).isZero();
        TestingCli.Result renamed = TestingCli.run("catalog", "rename", "orders", "fact_orders", "--warehouse", warehouse);
        assertThat(renamed.exitCode()).as(renamed.err()).isZero();
        assertThat(renamed.out()).contains("table orders is now fact_orders");
        TestingCli.Result col = TestingCli.run("catalog", "--warehouse", warehouse, "rename", "fact_orders", "Order Date", "ordered_on");
        assertThat(col.exitCode()).as(col.err()).isZero();
        TestingCli.Result typed = TestingCli.run("catalog", "type", "fact_orders", "customer", "string", "--warehouse", warehouse);
        assertThat(typed.exitCode()).as(typed.err()).isZero();
        assertThat(typed.out()).contains("fact_orders.customer is now STRING: 50 of 50 values conform");

        JsonNode shown = LoadCommandTest.singleJsonObject(TestingCli.run("catalog", "show", "--json", "--warehouse", warehouse).out());
        JsonNode t = shown.get("tables").get(0);
        assertThat(t.get("table").asText()).isEqualTo("fact_orders");
        assertThat(t.get("bronze_table").asText()).isEqualTo("orders");
        assertThat(t.get("columns").get(1).get("name").asText()).isEqualTo("ordered_on");
        assertThat(t.get("columns").get(1).get("bronze_name").asText()).isEqualTo("order_date");
        assertThat(t.get("columns").get(0).get("type_overridden").asBoolean()).isTrue();

        TestingCli.Result history = TestingCli.run("catalog", "history", "fact_orders", "ordered_on", "--warehouse", warehouse);
        assertThat(history.exitCode()).as(history.err()).isZero();
        assertThat(history.out()).contains("discovered", "renamed table orders -> fact_orders", "renamed column order_date -> ordered_on");

        TestingCli.Result unknown = TestingCli.run("catalog", "rename", "nope", "x", "--warehouse", warehouse);
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("no table 'nope' in the catalog", "fact_orders");
        TestingCli.Result badType = TestingCli.run("catalog", "type", "fact_orders", "notes", "WORDS", "--warehouse", warehouse);
        assertThat(badType.exitCode()).isEqualTo(2);
        assertThat(badType.err()).contains("unknown type 'WORDS'");
    }
}
