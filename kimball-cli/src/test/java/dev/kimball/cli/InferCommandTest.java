package dev.kimball.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kimball infer} end to end, in-process, on generated files; no warehouse is involved. */
class InferCommandTest {
    @TempDir
    Path tmp;
    private Path orders;

    @BeforeEach
    void writeOrders() throws IOException {
        orders = Files.writeString(tmp.resolve("orders.csv"), ordersCsv(600, 7), StandardCharsets.UTF_8);
    }

    /** Day-first dates, dollar amounts, percentages, ZIP codes with leading zeros, yes/no, counts, text; some blanks. */
    static String ordersCsv(int rows, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        StringBuilder b = new StringBuilder("Order Date,Amount,Discount,Zip,Active,Quantity,Notes\n");
        for (int i = 0; i < rows; i++) {
            b.append(String.format(Locale.ROOT, "%02d/%02d/%d,", 1 + rnd.nextInt(28), 1 + rnd.nextInt(12), 2019 + rnd.nextInt(6)));
            b.append(String.format(Locale.ROOT, "\"$%,.2f\",", rnd.nextInt(500_000) / 100.0));
            b.append(rnd.nextInt(20) == 0 ? "" : String.format(Locale.ROOT, "%.1f%%", rnd.nextInt(300) / 10.0)).append(',');
            b.append(String.format(Locale.ROOT, "%05d,", rnd.nextInt(3) == 0 ? 501 + rnd.nextInt(9_000) : 10_000 + rnd.nextInt(89_999)));
            b.append(rnd.nextBoolean() ? "yes" : "no").append(',');
            b.append(1 + rnd.nextInt(40)).append(',');
            b.append("note ").append(rnd.nextInt(1_000)).append(rnd.nextBoolean() ? " urgent" : "").append('\n');
        }
        return b.toString();
    }

    private static Map<String, JsonNode> byName(JsonNode root) {
        Map<String, JsonNode> m = new HashMap<>();
        root.get("columns").forEach(c -> m.put(c.get("name").asText(), c));
        return m;
    }

    @Test
    void jsonHasOneEntryPerColumnWithTypeFormatAndSemantic() throws Exception {
        TestingCli.Result r = TestingCli.run("infer", orders.toString(), "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode root = LoadCommandTest.singleJsonObject(r.out());
        List<String> keys = new ArrayList<>();
        root.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("columns");
        List<String> names = new ArrayList<>();
        root.get("columns").forEach(c -> names.add(c.get("name").asText()));
        assertThat(names).containsExactly("Order Date", "Amount", "Discount", "Zip", "Active", "Quantity", "Notes");
        for (JsonNode c : root.get("columns")) {
            for (String k : List.of("file", "name", "type", "format", "semantic", "confidence", "reason", "non_null", "conforming")) {
                assertThat(c.has(k)).as(c.get("name") + " has " + k).isTrue();
            }
            assertThat(c.get("file").asText()).isEqualTo(orders.toString());
            assertThat(c.get("confidence").asDouble()).isBetween(0.0, 1.0);
            assertThat(c.get("reason").asText()).isNotBlank();
        }
        Map<String, JsonNode> col = byName(root);

        assertThat(col.get("Order Date").get("type").asText()).isEqualTo("DATE");
        assertThat(col.get("Order Date").get("format").asText()).isEqualTo("dd/MM/yyyy");
        assertThat(col.get("Order Date").get("alternatives")).isEmpty();

        assertThat(col.get("Amount").get("type").asText()).matches("DECIMAL\\(\\d+,2\\)");
        assertThat(col.get("Amount").get("format").asText()).isEqualTo("decimal='.' grouping=',' currency='$' prefix");
        assertThat(col.get("Amount").get("semantic").asText()).isEqualTo("currency");

        assertThat(col.get("Discount").get("type").asText()).startsWith("DECIMAL(");
        assertThat(col.get("Discount").get("format").asText()).contains("percent=fraction");
        assertThat(col.get("Discount").get("semantic").asText()).isEqualTo("percentage");
        assertThat(col.get("Discount").get("nulls").asLong()).isPositive();
        assertThat(col.get("Discount").get("non_null").asLong() + col.get("Discount").get("nulls").asLong()).isEqualTo(600);

        assertThat(col.get("Zip").get("type").asText()).isEqualTo("STRING");
        assertThat(col.get("Zip").get("semantic").asText()).isEqualTo("identifier");

        assertThat(col.get("Active").get("type").asText()).isEqualTo("BOOLEAN");
        assertThat(col.get("Active").get("format").asText()).isEqualTo("yes/no");

        assertThat(col.get("Quantity").get("type").asText()).isEqualTo("INTEGER");
        assertThat(col.get("Quantity").get("format").isNull() || col.get("Quantity").get("format").asText().startsWith("decimal=")).isTrue();

        assertThat(col.get("Notes").get("type").asText()).isEqualTo("STRING");
        assertThat(col.get("Notes").get("semantic").isNull()).isTrue();

        for (JsonNode c : root.get("columns")) {
            if (!c.get("type").asText().equals("STRING")) {
                assertThat(c.get("conforming").asLong()).as(c.get("name").asText()).isEqualTo(c.get("non_null").asLong());
                assertThat(c.get("confidence").asDouble()).as(c.get("name").asText()).isEqualTo(1.0);
            }
        }
    }

    @Test
    void humanOutputIsATableWithTypeFormatSemanticConfidenceAndReason() {
        TestingCli.Result r = TestingCli.run("infer", orders.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).startsWith(orders.toString()).contains("600 rows", "UTF-8");
        assertThat(lines.get(1).trim().split("\\s+")).containsExactly("column", "type", "format", "semantic", "confidence", "reason");
        String date = lines.stream().filter(l -> l.trim().startsWith("Order Date")).findFirst().orElseThrow();
        assertThat(date).contains("DATE", "dd/MM/yyyy", "1.00");
        String zip = lines.stream().filter(l -> l.trim().startsWith("Zip")).findFirst().orElseThrow();
        assertThat(zip).contains("STRING", "identifier");
        // the type column starts at the same offset on every row
        int typeAt = lines.get(1).indexOf("type");
        assertThat(lines.subList(2, lines.size())).allSatisfy(l -> assertThat(l.charAt(typeAt - 1)).isEqualTo(' '));
        assertThat(date.substring(typeAt)).startsWith("DATE");
    }

    @Test
    void severalFilesShareOneColumnsListEachColumnNamingItsFile() throws Exception {
        Path other = Files.writeString(tmp.resolve("flags.csv"), "id;flag\n1;true\n2;false\n3;true\n");
        TestingCli.Result r = TestingCli.run("infer", orders.toString(), other.toString(), "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode root = LoadCommandTest.singleJsonObject(r.out());
        assertThat(root.get("columns")).hasSize(9);
        JsonNode flag = root.get("columns").get(8);
        assertThat(flag.get("file").asText()).isEqualTo(other.toString());
        assertThat(flag.get("name").asText()).isEqualTo("flag");
        assertThat(flag.get("type").asText()).isEqualTo("BOOLEAN");
    }

    @Test
    void sampleLimitsTheValuesExaminedButEveryRowIsCounted() throws Exception {
        TestingCli.Result r = TestingCli.run("infer", orders.toString(), "--json", "--sample", "50");
        assertThat(r.exitCode()).as(r.err()).isZero();
        for (JsonNode c : LoadCommandTest.singleJsonObject(r.out()).get("columns")) {
            assertThat(c.get("sampled").asLong()).isEqualTo(50);
            assertThat(c.get("rows").asLong()).isEqualTo(600);
        }
        assertThat(byName(LoadCommandTest.singleJsonObject(r.out())).get("Order Date").get("type").asText()).isEqualTo("DATE");
    }

    @Test
    void missingFileFailsWithExitOneNamingThePath() {
        Path missing = tmp.resolve("no-such-file.csv");
        TestingCli.Result r = TestingCli.run("infer", missing.toString(), "--json");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).startsWith("kimball: error SOURCE_NOT_FOUND").contains(missing.toString());
    }

    @Test
    void aSampleBelowOneIsAUsageError() {
        TestingCli.Result r = TestingCli.run("infer", orders.toString(), "--sample", "0");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--sample must be at least 1, got 0");
    }
}
