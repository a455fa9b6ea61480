package dev.kimball.cli;

import static dev.kimball.cli.LoadCommandTest.singleJsonObject;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kimball source add|list|show|update|remove|test} and {@code kimball load --source}, in-process on DuckDB. */
class SourceCommandTest {
    @TempDir
    Path tmp;
    private String warehouse;
    private Path orders;

    @BeforeEach
    void files() throws Exception {
        warehouse = "jdbc:duckdb:" + tmp.resolve("w.duckdb");
        orders = Files.writeString(tmp.resolve("orders.csv"), LoadCommandTest.ordersCsv(10, false));
    }

    private TestingCli.Result run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--warehouse");
        all.add(warehouse);
        return TestingCli.run(all.toArray(new String[0]));
    }

    @Test
    void addListShowUpdateRemoveRoundTrip() throws Exception {
        TestingCli.Result add = run("source", "add", "orders", orders.toString(), "--description", "daily orders");
        assertThat(add.exitCode()).as(add.err()).isZero();
        assertThat(add.out()).contains("added orders", "csv:" + orders);

        TestingCli.Result list = run("source", "list");
        assertThat(list.out()).contains("orders", "csv", "daily orders");
        JsonNode listed = singleJsonObject(run("source", "list", "--json").out());
        assertThat(listed.get("sources")).hasSize(1);
        assertThat(listed.get("sources").get(0).get("name").asText()).isEqualTo("orders");
        assertThat(listed.get("sources").get(0).get("source").asText()).isEqualTo("csv:" + orders);

        Path semi = Files.writeString(tmp.resolve("orders_semi.csv"), "a;b\n1;2\n");
        TestingCli.Result update = run("source", "update", "orders", semi.toString(), "--format", "csv");
        assertThat(update.exitCode()).as(update.err()).isZero();
        JsonNode shown = singleJsonObject(run("source", "show", "orders", "--json").out());
        assertThat(shown.get("description").asText()).as("kept by update").isEqualTo("daily orders");
        assertThat(shown.get("spec").get("location").get("path").asText()).isEqualTo(semi.toString());
        assertThat(shown.get("history")).hasSize(2);
        assertThat(run("source", "show", "orders").out()).contains("definition", "2 versions in the history");

        assertThat(run("source", "remove", "orders").exitCode()).isZero();
        TestingCli.Result gone = run("source", "show", "orders");
        assertThat(gone.exitCode()).isEqualTo(1);
        assertThat(gone.err()).contains("SOURCE_UNKNOWN", "'orders'");
        assertThat(run("source", "list").out()).contains("no named sources");
    }

    @Test
    void relativePathsAreStoredAbsoluteAndFormatsFollowExtensions() throws Exception {
        Files.createDirectories(tmp.resolve("dir"));
        assertThat(run("source", "add", "rel", "some/relative.csv").exitCode()).isZero();
        assertThat(run("source", "add", "folder", tmp.resolve("dir").toString()).exitCode()).isZero();
        assertThat(run("source", "add", "glob", tmp + "/*.parquet").exitCode()).isZero();
        assertThat(run("source", "add", "sheet", tmp + "/book.xlsx", "--format", "excel", "--sheet", "Q1").exitCode()).isZero();
        JsonNode list = singleJsonObject(run("source", "list", "--json").out());
        List<String> described = new ArrayList<>();
        list.get("sources").forEach(s -> described.add(s.get("name").asText() + "=" + s.get("source").asText()));
        assertThat(described).containsExactly("folder=files:" + tmp.resolve("dir"), "glob=files:" + tmp + "/*.parquet",
                "rel=csv:" + Path.of("some/relative.csv").toAbsolutePath(), "sheet=excel:" + tmp + "/book.xlsx#Q1");
    }

    @Test
    void loadBySourceNameGivesTheSameReportAndMixesWithPaths() throws Exception {
        assertThat(run("source", "add", "orders", orders.toString()).exitCode()).isZero();
        Path returns = Files.writeString(tmp.resolve("returns.csv"), "id,qty\n1,2\n2,3\n");
        TestingCli.Result r = run("load", returns.toString(), "--source", "orders", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode root = singleJsonObject(r.out());
        List<String> tables = new ArrayList<>();
        root.get("tables").forEach(t -> tables.add(t.get("table").asText() + ":" + t.get("rows_loaded").asLong()));
        assertThat(tables).containsExactlyInAnyOrder("orders:10", "returns:2");

        TestingCli.Result unknown = run("load", "--source", "order");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("SOURCE_UNKNOWN", "known sources: orders");
        TestingCli.Result none = run("load");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("--source NAME");
    }

    @Test
    void testSaysOkOrWhatIsWrongWithItsExitCode() throws Exception {
        assertThat(run("source", "add", "orders", orders.toString()).exitCode()).isZero();
        assertThat(run("source", "add", "later", tmp.resolve("not_yet.csv").toString()).exitCode()).isZero();
        TestingCli.Result ok = run("source", "test", "orders");
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(ok.out()).startsWith("ok orders").contains("1 file: orders.csv");
        TestingCli.Result bad = run("source", "test", "later");
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.out()).startsWith("FAILED SOURCE_NOT_FOUND later").contains("not_yet.csv", "does not exist");
        JsonNode json = singleJsonObject(run("source", "test", "later", "--json").out());
        assertThat(json.get("ok").asBoolean()).isFalse();
        assertThat(json.get("code").asText()).isEqualTo("SOURCE_NOT_FOUND");
    }

    @Test
    void usageErrorsNameTheProblemAndNeverEchoALiteralSecret() {
        TestingCli.Result literal = run("source", "add", "shop", "jdbc:postgresql://db/shop", "--password", "Hunter2-Literal");
        assertThat(literal.exitCode()).isEqualTo(2);
        assertThat(literal.err()).contains("--password", "env:NAME or file:/path").doesNotContain("Hunter2-Literal");
        TestingCli.Result s3 = run("source", "add", "lake", "s3://b/p/", "--access-key", "env:AK");
        assertThat(s3.exitCode()).isEqualTo(2);
        assertThat(s3.err()).contains("--access-key and --secret-key together");
        TestingCli.Result misplaced = run("source", "add", "x", orders.toString(), "--schema", "sales");
        assertThat(misplaced.exitCode()).isEqualTo(2);
        assertThat(misplaced.err()).contains("--schema does not apply to a file source");
        TestingCli.Result badName = run("source", "add", "bad name", orders.toString());
        assertThat(badName.exitCode()).isEqualTo(1);
        assertThat(badName.err()).contains("SOURCE_NAME", "'bad name'");
        assertThat(run("source", "add", "o", orders.toString()).exitCode()).isZero();
        TestingCli.Result twice = run("source", "add", "o", orders.toString());
        assertThat(twice.exitCode()).isEqualTo(1);
        assertThat(twice.err()).contains("SOURCE_EXISTS", "use update");
        TestingCli.Result format = run("source", "add", "f", orders.toString(), "--format", "xml");
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).contains("--format must be csv, excel, parquet, json or files");
        assertThat(run("source").exitCode()).isEqualTo(2);
    }

    @Test
    void postgresAndS3DefinitionsKeepTheirOptionsAndReferences() throws Exception {
        TestingCli.Result pg = run("source", "add", "shop", "jdbc:postgresql://db:5432/shop", "--user", "etl",
                "--password", "env:PGPASSWORD", "--schema", "sales", "--tables", "orders,customers", "--cursor-column", "updated_at");
        assertThat(pg.exitCode()).as(pg.err()).isZero();
        JsonNode spec = singleJsonObject(run("source", "show", "shop", "--json").out()).get("spec");
        assertThat(spec.get("password").asText()).isEqualTo("env:PGPASSWORD");
        assertThat(spec.get("tables").toString()).isEqualTo("[\"orders\",\"customers\"]");
        assertThat(spec.get("cursor_column").asText()).isEqualTo("updated_at");
        TestingCli.Result s3 = run("source", "add", "lake", "s3://raw/exports/", "--format", "parquet", "--s3-endpoint",
                "http://minio:9000", "--s3-region", "eu-west-1", "--path-style", "false", "--access-key", "env:AK",
                "--secret-key", "file:keys/sk");
        assertThat(s3.exitCode()).as(s3.err()).isZero();
        JsonNode loc = singleJsonObject(run("source", "show", "lake", "--json").out()).get("spec").get("location");
        assertThat(loc.get("endpoint").asText()).isEqualTo("http://minio:9000");
        assertThat(loc.get("path_style").asBoolean()).isFalse();
        assertThat(loc.get("secret_key").asText()).isEqualTo("file:" + Path.of("keys/sk").toAbsolutePath());
    }
}
