package dev.kimball.connector.postgres;

import dev.kimball.api.PostgresSource;
import dev.kimball.api.Sources;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.postgresql.Driver;

/**
 * A schema of its own (random name) on the test PostgreSQL server ({@code KIMBALL_TEST_POSTGRES_URL}, else
 * {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}), dropped on close. A server that does not answer fails
 * the test: {@code scripts/services/postgres.sh start} starts one.
 */
final class TestingPostgres implements AutoCloseable {
    static final String URL = System.getenv().getOrDefault("KIMBALL_TEST_POSTGRES_URL",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

    final String schema;
    private final Connection admin;
    private final List<String> roles = new ArrayList<>();

    private TestingPostgres(String schema, Connection admin) {
        this.schema = schema;
        this.admin = admin;
    }

    static TestingPostgres create() {
        try {
            Connection c = connect();
            String schema = "kimball_pg_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            }
            return new TestingPostgres(schema, c);
        } catch (SQLException e) {
            throw new IllegalStateException("the test PostgreSQL server at " + URL + " does not answer (start it with "
                    + "scripts/services/postgres.sh start, or set KIMBALL_TEST_POSTGRES_URL): " + e.getMessage(), e);
        }
    }

    static Connection connect() throws SQLException {
        Connection c = new Driver().connect(URL, new Properties());
        try (Statement s = c.createStatement()) {
            s.execute("SET TIME ZONE 'UTC'");
        }
        return c;
    }

    /** Runs statements in this schema ({@code search_path} set to it). */
    void exec(String... sql) {
        try (Statement s = admin.createStatement()) {
            s.execute("SET search_path = " + schema);
            for (String q : sql) {
                s.execute(q);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** A login role (random name, no privileges), dropped on close. */
    String createRole() {
        String role = "kimball_role_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        exec("CREATE ROLE " + role + " LOGIN");
        roles.add(role);
        return role;
    }

    long queryLong(String sql) {
        try (Statement s = admin.createStatement()) {
            s.execute("SET search_path = " + schema);
            try (ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    Connection admin() {
        return admin;
    }

    PostgresSource source() {
        return Sources.postgres(URL).schema(schema);
    }

    @Override
    public void close() {
        try (Statement s = admin.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            for (String r : roles) {
                s.execute("DROP ROLE IF EXISTS " + r);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } finally {
            try {
                admin.close();
            } catch (SQLException ignored) {
                // dropping is what matters
            }
        }
    }
}
