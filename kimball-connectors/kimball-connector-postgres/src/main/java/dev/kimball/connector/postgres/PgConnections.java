package dev.kimball.connector.postgres;

import dev.kimball.api.ConfigurationException;
import dev.kimball.api.PostgresSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import org.postgresql.Driver;

/**
 * Opens one connection per caller (no pool: a loader holds each connection for one long COPY, so a pool would only
 * add a dependency and idle connections). Every session is set up so the server's text output is already close to
 * the exact strings KIMBALL wants: time zone UTC, ISO dates, ISO-8601 intervals, shortest round-trip floats, hex bytea.
 */
final class PgConnections {
    /**
     * Session settings every reader relies on. {@code extra_float_digits > 0} makes PostgreSQL 12+ print the shortest
     * text that reads back to the same float (Ryu), so float output is exact.
     */
    static final String SESSION_SETUP = "SET TIME ZONE 'UTC'; SET DateStyle = 'ISO, YMD'; SET IntervalStyle = 'iso_8601'; "
            + "SET extra_float_digits = 3; SET bytea_output = 'hex'";

    private PgConnections() {
    }

    /**
     * Connects and sets the session up.
     *
     * @param readTimeout longest silence of the server once connected; {@link Duration#ZERO} waits forever
     * @throws dev.kimball.api.SourceException translated by {@link PgFailures} (SOURCE_UNREACHABLE, SOURCE_AUTH_FAILED,
     *                                         SOURCE_NOT_FOUND, ...); never contains the password
     * @throws ConfigurationException (SECRET_MISSING) when the password reference cannot be resolved, (POSTGRES_OPTION)
     *                                when the URL and {@code .user(...)} name different users
     */
    static Connection open(PostgresSource source, PgEndpoint endpoint, Duration readTimeout) {
        if (source.user().isPresent() && endpoint.urlUser() != null && !endpoint.urlUser().equals(source.user().get())) {
            // the driver lets the URL win; a silently ignored .user(...) would be worse than refusing
            throw new ConfigurationException("POSTGRES_OPTION", "the URL says user=" + endpoint.urlUser() + " but .user(\""
                    + source.user().get() + "\") was given: keep one of them");
        }
        Properties p = new Properties();
        source.user().ifPresent(u -> p.setProperty("user", u));
        String password = source.password().map(s -> s.reveal()).orElse(null);
        if (password != null) {
            p.setProperty("password", password);
        }
        int connect = (int) PostgresReadOptions.CONNECT_TIMEOUT.toSeconds();
        p.setProperty("connectTimeout", Integer.toString(connect));
        // loginTimeout also bounds DNS resolution and the authentication exchange, which connectTimeout does not
        p.setProperty("loginTimeout", Integer.toString(connect));
        p.setProperty("socketTimeout", Long.toString(readTimeout.toSeconds()));
        p.setProperty("tcpKeepAlive", "true");
        p.setProperty("ApplicationName", "kimball");
        // text transfer only: every value arrives as the server's own text form, the same in COPY and cursor mode
        p.setProperty("binaryTransfer", "false");
        Connection c = null;
        try {
            c = new Driver().connect(source.url(), p);
            if (c == null) {
                throw new SQLException("the PostgreSQL driver does not accept this URL", "08001");
            }
            try (Statement s = c.createStatement()) {
                s.execute(SESSION_SETUP);
            }
            return c;
        } catch (SQLException e) {
            closeQuietly(c);
            throw PgFailures.translate(e, "connecting to " + endpoint.display() + userPart(source), endpoint, password);
        }
    }

    static String userPart(PostgresSource source) {
        return source.user().map(u -> " as user " + u).orElse("");
    }

    static void closeQuietly(AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception ignored) {
                // closing after a failure: the original failure is what the caller needs
            }
        }
    }
}
