package dev.kimball.core.discover;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kimball.api.KimballSession;
import dev.kimball.api.Sources;
import dev.kimball.api.catalog.Catalog;
import dev.kimball.api.catalog.Relationship;
import dev.kimball.core.TestingClickHouse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Keys a PostgreSQL source declares reach Discover as hints: loaded from a real server, stored in
 * {@code metadata.declared_keys}, and used by {@code session.discover().analyze()} — a foreign key whose column name
 * says nothing about its parent ({@code visits.guest -> clients.client_no}) is found and marked declared.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DeclaredKeysDiscoverContractTest {
    private static final String PG = System.getenv().getOrDefault("KIMBALL_TEST_POSTGRES_URL",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    private final String schema = "kd_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffL);
    private KimballSession session;
    private Catalog catalog;

    protected abstract KimballSession openSession();

    @BeforeAll
    void loadAndDiscover() throws SQLException {
        try (Connection c = DriverManager.getConnection(PG); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
            s.execute("CREATE TABLE " + schema + ".clients (client_no text PRIMARY KEY, name text)");
            s.execute("INSERT INTO " + schema + ".clients SELECT 'C-' || lpad(g::text, 4, '0'), 'client ' || g FROM generate_series(1, 200) g");
            s.execute("CREATE TABLE " + schema + ".visits (id int PRIMARY KEY, guest text REFERENCES " + schema
                    + ".clients (client_no), visited_on date, note text)");
            s.execute("INSERT INTO " + schema + ".visits SELECT g, CASE WHEN g % 10 = 0 THEN NULL ELSE 'C-' || lpad((1 + g % 150)::text, 4, '0') END,"
                    + " date '2024-01-01' + g % 300, 'visit ' || g FROM generate_series(1, 3000) g");
        }
        session = openSession();
        String url = PG.substring(0, PG.indexOf('?'));
        session.acquire(Sources.postgres(url).user("postgres").schema(schema)).toBronze().run();
        catalog = session.discover().analyze();
    }

    @AfterAll
    void close() throws SQLException {
        try {
            if (session != null) {
                try {
                    TestingClickHouse.dropNamespace(session);
                } finally {
                    session.close();
                }
            }
        } finally {
            try (Connection c = DriverManager.getConnection(PG); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    @Test
    void aDeclaredForeignKeyIsChosenAndMarkedDeclared() {
        assertThat(catalog.relationships()).as(catalog.relationships().toString()).anySatisfy(r -> {
            assertThat(r.fromTable()).isEqualTo("visits");
            assertThat(r.fromColumns()).containsExactly("guest");
            assertThat(r.toTable()).isEqualTo("clients");
            assertThat(r.toColumns()).containsExactly("client_no");
            assertThat(r.declared()).isTrue();
            assertThat(r.coverage()).isEqualTo(1.0);
        });
        Relationship r = catalog.relationships().stream().filter(x -> x.fromTable().equals("visits")).findFirst().orElseThrow();
        assertThat(r.confidence()).isGreaterThanOrEqualTo(0.7);
        assertThat(catalog.table("visits").column("guest").role()).isEqualTo("foreign_key");
    }

    @Test
    void declaredPrimaryKeysThatTheDataConfirmsAreTheCatalogsKeys() {
        assertThat(catalog.table("clients").primaryKey()).containsExactly("client_no");
        assertThat(catalog.table("visits").primaryKey()).containsExactly("id");
    }
}
