package dev.kimball.core.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kimball.api.KimballSession;
import dev.kimball.api.PostgresSource;
import dev.kimball.api.Secret;
import dev.kimball.api.SourceCheck;
import dev.kimball.api.SourceRegistry;
import dev.kimball.api.Sources;
import dev.kimball.core.TestingSessions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code SourceRegistry.test} of PostgreSQL sources against the test server: found, and each way of being wrong. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresSourceCheckIT {
    private static final String ADMIN = System.getenv().getOrDefault("KIMBALL_TEST_POSTGRES_URL",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    private static final String URL = ADMIN.replaceAll("[?&]user=[^&]*", "");
    private final String schema = "kr_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffL);
    private KimballSession session;
    private Path password;

    @BeforeAll
    void setUp() throws SQLException, IOException {
        try (Connection c = DriverManager.getConnection(ADMIN); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
            s.execute("CREATE TABLE " + schema + ".orders (id int PRIMARY KEY, total numeric)");
            s.execute("CREATE TABLE " + schema + ".customers (id int PRIMARY KEY, name text)");
        }
        password = Files.writeString(Files.createTempFile("kimball-pg", ".secret"), "Pg-Check-Secret-77\n");
        session = TestingSessions.duckdb("kimball-pg-check");
    }

    @AfterAll
    void tearDown() throws SQLException {
        session.close();
        try (Connection c = DriverManager.getConnection(ADMIN); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    private PostgresSource pg(String url) {
        return Sources.postgres(url).user("postgres").password(Secret.file(password)).schema(schema);
    }

    @Test
    void aReachableSchemaIsOkAndNamesItsTables() {
        SourceRegistry r = session.sources();
        r.add("pg_ok", pg(URL).cursorColumn("id"));
        SourceCheck c = r.test("pg_ok");
        assertThat(c.ok()).as(c.message()).isTrue();
        assertThat(c.message()).startsWith("PostgreSQL ").contains("as user postgres", "schema " + schema, "2 tables readable",
                "customers", "orders");
    }

    @Test
    void anUnknownHostARefusedPortAnUnknownUserAMissingSchemaAndTableEachSayWhatIsWrong() {
        SourceRegistry r = session.sources();
        r.add("pg_host", pg("jdbc:postgresql://no-such-host.invalid:5432/test"));
        r.add("pg_port", pg("jdbc:postgresql://127.0.0.1:1/test"));
        r.add("pg_user", Sources.postgres(URL).user("no_such_role_kimball").password(Secret.file(password)).schema(schema));
        r.add("pg_schema", pg(URL).schema("no_such_schema_kimball"));
        r.add("pg_table", pg(URL).tables("orders", "no_such_table"));
        r.add("pg_db", pg(URL.replace("/test", "/no_such_db_kimball")));

        assertFailure(r.test("pg_host"), "SOURCE_UNREACHABLE", "unknown host");
        assertFailure(r.test("pg_port"), "SOURCE_UNREACHABLE", "connection refused by 127.0.0.1:1");
        assertFailure(r.test("pg_user"), "SOURCE_AUTH_FAILED", "authentication failed");
        assertFailure(r.test("pg_schema"), "SOURCE_NOT_FOUND", "no_such_schema_kimball");
        assertFailure(r.test("pg_table"), "SOURCE_NOT_FOUND", "no_such_table");
        assertFailure(r.test("pg_db"), "SOURCE_NOT_FOUND", "no_such_db_kimball");
    }

    private static void assertFailure(SourceCheck c, String code, String text) {
        assertThat(c.ok()).as(c.message()).isFalse();
        assertThat(c.code()).as(c.message()).isEqualTo(code);
        assertThat(c.message()).contains(text).doesNotContain("Pg-Check-Secret-77");
        assertThat(c.elapsed()).isLessThan(Duration.ofSeconds(30));
    }
}
