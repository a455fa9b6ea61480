package dev.kimball.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kimball.api.BronzeColumn;
import dev.kimball.api.LoadReport;
import dev.kimball.api.TableLoadReport;
import dev.kimball.api.TableRef;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadReportJsonTest {
    private final TableLoadReport sales = new TableLoadReport(TableRef.bronze("sales"),
            List.of("a/sales_1.csv", "a/sales_2.csv"), "L1", 10, 8, 2, 1234, Duration.ofMillis(500), "UTF-8 (BOM)",
            "delimiter=';'", 0, List.of(new BronzeColumn("customer_no", "Customer #"), new BronzeColumn("column_2", "")));
    private final LoadReport report = new LoadReport(List.of(sales), Duration.ofSeconds(1));

    @Test
    void keysScriptsRelyOn() {
        JsonNode t = LoadReportJson.toJson(report, "jdbc:duckdb:/x.duckdb").get("tables").get(0);
        assertThat(t.get("table").asText()).isEqualTo("sales");
        assertThat(t.get("source").asText()).isEqualTo("a/sales_1.csv, a/sales_2.csv");
        assertThat(t.get("rows_read").asLong()).isEqualTo(10);
        assertThat(t.get("rows_loaded").asLong()).isEqualTo(8);
        assertThat(t.get("rows_rejected").asLong()).isEqualTo(2);
        assertThat(t.get("encoding").asText()).isEqualTo("UTF-8 (BOM)");
        assertThat(t.get("seconds").asDouble()).isEqualTo(0.5);
        assertThat(t.get("columns").get(0).get("name").asText()).isEqualTo("customer_no");
        assertThat(t.get("columns").get(0).get("original").asText()).isEqualTo("Customer #");
        assertThat(t.get("columns").get(1).get("original").asText()).isEmpty();
    }

    @Test
    void textNamesTheRejectsTable() {
        StringWriter s = new StringWriter();
        LoadReportText.print(new PrintWriter(s), report, "");
        assertThat(s.toString()).contains("bronze.sales  <- a/sales_1.csv, a/sales_2.csv", "10 read", "8 loaded",
                "2 rejected", "UTF-8 (BOM)", "delimiter=';'", "2 rejected rows", "bronze._rejects");
    }
}
