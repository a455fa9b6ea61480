package dev.kimball.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kimball.api.Kimball;
import dev.kimball.api.KimballSession;
import dev.kimball.api.NamedSource;
import dev.kimball.api.Source;
import dev.kimball.api.SourceCheck;
import dev.kimball.api.SourceRevision;
import dev.kimball.core.TestingSessions;
import dev.kimball.core.source.TestingS3Server;
import dev.kimball.spi.Warehouse;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registry's secret contract, end to end: distinctive secret values live in files referenced as {@code file:/...}
 * (the S3 test server's secret key, a PostgreSQL password); sources using them are added, listed, shown, loaded and
 * tested (ok and failing) through the CLI and the API; then every captured stdout/stderr/log line, every exception
 * message and cause chain, every {@code toString()} of the objects involved and the full content of every warehouse
 * table is searched for the values. None may contain them.
 */
class SecretsNeverShownIT {
    private static final String S3_SECRET = "S3-Canary-Secret-7f3a9c1e5b";
    private static final String S3_ACCESS = "S3-Canary-Access-42d8e6";
    private static final String PG_SECRET = "Pg-Canary-Password-0b1c2d3e";
    private static final String PG_URL = System.getenv().getOrDefault("KIMBALL_TEST_POSTGRES_URL",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres").replaceAll("[?&]user=[^&]*", "");

    @TempDir
    Path tmp;
    private final StringBuilder seen = new StringBuilder();

    @Test
    void noSecretValueAppearsInOutputLogsExceptionsToStringOrTables() throws Exception {
        Path secretFile = Files.writeString(tmp.resolve("s3-secret"), S3_SECRET + "\n");
        Path accessFile = Files.writeString(tmp.resolve("s3-access"), S3_ACCESS + "\n");
        Path pgFile = Files.writeString(tmp.resolve("pg-password"), PG_SECRET + "\n");
        String warehouse = "jdbc:duckdb:" + tmp.resolve("w.duckdb");
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        try (TestingS3Server s3 = TestingS3Server.start(S3_ACCESS, S3_SECRET)) {
            s3.bucket("exports");
            s3.put("exports", "sales/sales.csv", "id,amount\n1,2.50\n2,3.75\n");
            PrintStream tee = new PrintStream(console, true, StandardCharsets.UTF_8);
            System.setOut(tee);
            System.setErr(tee);
            String endpoint = s3.endpoint().toString();
            String[] keys = {"--s3-endpoint", endpoint, "--access-key", "file:" + accessFile, "--secret-key", "file:" + secretFile};

            cli(0, concat(new String[] {"source", "add", "lake", "s3://exports/sales/", "--warehouse", warehouse}, keys));
            cli(0, concat(new String[] {"source", "add", "lake_bad", "s3://no-such-bucket/", "--warehouse", warehouse}, keys));
            cli(0, "source", "add", "shop", PG_URL, "--user", "postgres", "--password", "file:" + pgFile, "--schema", "no_such_schema_kimball",
                    "--warehouse", warehouse);
            cli(0, "source", "add", "shop_host", "jdbc:postgresql://no-such-host.invalid/test", "--user", "postgres", "--password",
                    "file:" + pgFile, "--warehouse", warehouse);
            cli(0, "source", "list", "--warehouse", warehouse);
            cli(0, "source", "list", "--json", "--warehouse", warehouse);
            cli(0, "source", "show", "lake", "--warehouse", warehouse);
            cli(0, "source", "show", "lake", "--json", "--warehouse", warehouse);
            cli(0, "source", "show", "shop", "--json", "--warehouse", warehouse);
            cli(0, "source", "test", "lake", "--warehouse", warehouse);
            cli(1, "source", "test", "lake_bad", "--warehouse", warehouse);
            cli(1, "source", "test", "shop", "--json", "--warehouse", warehouse);
            cli(1, "source", "test", "shop_host", "--warehouse", warehouse);
            cli(0, "load", "--source", "lake", "--json", "--warehouse", warehouse);
            cli(0, "load", "--source", "lake", "--verbose", "--warehouse", warehouse);
            cli(1, "load", "--source", "lake_bad", "--verbose", "--warehouse", warehouse);
            cli(1, "load", "--source", "shop", "--verbose", "--warehouse", warehouse);
            cli(0, "source", "update", "lake", "s3://exports/sales/", "--format", "csv", "--warehouse", warehouse,
                    "--s3-endpoint", endpoint, "--access-key", "file:" + accessFile, "--secret-key", "file:" + secretFile);
            cli(2, "source", "add", "typed", "s3://exports/", "--warehouse", warehouse, "--access-key", "env:X", "--secret-key", S3_SECRET);

            try (KimballSession session = Kimball.connect(warehouse)) {
                record(session);
                record(session.sources());
                for (NamedSource n : session.sources().list()) {
                    record(n);
                    record(n.source());
                    record(n.spec());
                    for (SourceRevision r : session.sources().history(n.name())) {
                        record(r);
                    }
                }
                Source lake = session.sources().get("lake");
                record(session.acquire(lake).toBronze().run());
                for (String name : List.of("lake", "lake_bad", "shop", "shop_host")) {
                    SourceCheck c = session.sources().test(name);
                    record(c);
                    expectFailure(() -> session.acquire(session.sources().get(name)).toBronze().run());
                }
                expectFailure(() -> session.sources().add("lake", lake));
                expectFailure(() -> session.sources().add("literal", dev.kimball.api.Sources.postgres(PG_URL)
                        .password(dev.kimball.api.Secret.of(PG_SECRET))));
                Warehouse w = TestingSessions.warehouse(session);
                assertThat(w.tables("metadata")).extracting(t -> t.name()).contains("sources", "source_history", "source_units");
            }
            dumpEveryTable(warehouse);
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        seen.append(console.toString(StandardCharsets.UTF_8));

        String all = seen.toString();
        assertThat(all).as("the test saw the S3 definition, the load and the failures")
                .contains("file:" + secretFile, "SOURCE_NOT_FOUND", "SOURCE_UNREACHABLE", "bucket 'no-such-bucket'", "sales");
        for (String secret : List.of(S3_SECRET, S3_ACCESS, PG_SECRET)) {
            assertThat(all).as("secret value found in what the test saw").doesNotContain(secret);
        }
    }

    private void cli(int expectedExit, String... args) {
        TestingCli.Result r = TestingCli.run(args);
        // what the program printed; the arguments are the test's own input (one of them is a typed secret, refused)
        seen.append(r.out()).append('\n').append(r.err()).append('\n');
        assertThat(r.exitCode()).as(String.join(" ", args) + "\n" + r.out() + r.err()).isEqualTo(expectedExit);
    }

    private void record(Object o) {
        seen.append(o).append('\n');
    }

    /** Runs something expected to fail and records its whole cause chain (messages, toString, stack traces). */
    private void expectFailure(Supplier<?> work) {
        try {
            record(work.get());
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                record(t.getMessage());
                record(t.getLocalizedMessage());
                record(t);
                for (Throwable s : t.getSuppressed()) {
                    record(s);
                }
            }
            java.io.StringWriter trace = new java.io.StringWriter();
            e.printStackTrace(new java.io.PrintWriter(trace));
            record(trace);
        }
    }

    /** Every value of every table in the warehouse file, metadata and bronze alike. */
    private void dumpEveryTable(String warehouse) throws Exception {
        try (Connection c = DriverManager.getConnection(warehouse); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT table_schema, table_name FROM information_schema.tables")) {
                while (rs.next()) {
                    tables.add("\"" + rs.getString(1) + "\".\"" + rs.getString(2) + "\"");
                }
            }
            assertThat(tables).contains("\"metadata\".\"sources\"", "\"metadata\".\"loads\"");
            for (String t : tables) {
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + t)) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            seen.append(rs.getString(i)).append('\t');
                        }
                        seen.append('\n');
                    }
                }
            }
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
