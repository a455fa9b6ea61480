package dev.kimball.core.warehouse.clickhouse;

import com.clickhouse.client.api.ConnectionInitiationException;
import com.clickhouse.client.api.ServerException;
import dev.kimball.api.WarehouseException;
import dev.kimball.core.warehouse.SqlText;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Turns what the ClickHouse client throws into {@link WarehouseException}s that say what to do:
 * {@code WAREHOUSE_UNREACHABLE} (nothing answers at host:port), {@code WAREHOUSE_AUTHENTICATION} (the server refused
 * the user), {@code WAREHOUSE_STATEMENT} (the server refused a statement: the message has the SQL, shortened, and
 * the server's own message). Messages never contain the password, even if a server or client message echoed it.
 */
final class ClickHouseErrors {
    static final String UNREACHABLE = "WAREHOUSE_UNREACHABLE";
    static final String AUTHENTICATION = "WAREHOUSE_AUTHENTICATION";
    static final String STATEMENT = "WAREHOUSE_STATEMENT";
    static final String INTERRUPTED = "WAREHOUSE_INTERRUPTED";
    private static final int MAX_SERVER_MESSAGE = 1_500;

    private final ClickHouseUrl url;

    ClickHouseErrors(ClickHouseUrl url) {
        this.url = url;
    }

    /** The exception for a failed statement or insert; {@code what} is the SQL or a description of the insert. */
    WarehouseException translate(Throwable failure, String what) {
        Throwable t = unwrap(failure);
        if (t instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            return new WarehouseException(INTERRUPTED, scrub("interrupted while ClickHouse at " + url.endpoint()
                    + " ran: " + SqlText.abbreviate(what)), t);
        }
        if (isUnreachable(t)) {
            return unreachable(t);
        }
        ServerException server = find(t, ServerException.class);
        if (server != null && isAuthentication(server.getCode())) {
            return new WarehouseException(AUTHENTICATION, scrub("ClickHouse at " + url.endpoint() + " refused user '"
                    + url.user() + "': " + firstParagraph(server.getMessage())
                    + ". Check the user and password in the warehouse URL"), t);
        }
        String reason = server != null ? shorten(server.getMessage()) : describe(t);
        return new WarehouseException(STATEMENT, scrub("ClickHouse at " + url.endpoint() + " failed: " + reason
                + "\n  statement: " + SqlText.abbreviate(what)), t);
    }

    WarehouseException unreachable(Throwable cause) {
        return new WarehouseException(UNREACHABLE, scrub("ClickHouse is not reachable at " + url.endpoint() + " ("
                + describe(rootCause(cause)) + "): start it with scripts/services/clickhouse.sh start, or set the URL "
                + "of a running server (tests: KIMBALL_TEST_CLICKHOUSE_URL)"), cause);
    }

    /** True for failures where retrying the same request may succeed (connection lost, server overloaded). */
    static boolean isTransient(Throwable failure) {
        Throwable t = unwrap(failure);
        if (t instanceof InterruptedException) {
            return false;
        }
        ServerException server = find(t, ServerException.class);
        if (server == null) {
            return true; // transport failure: connection refused or reset, timeout
        }
        return server.isRetryable() || switch (server.getCode()) {
            // TIMEOUT_EXCEEDED, MEMORY_LIMIT_EXCEEDED, TOO_MANY_PARTS, TOO_MANY_SIMULTANEOUS_QUERIES,
            // NETWORK_ERROR, SOCKET_TIMEOUT, ABORTED
            case 159, 241, 252, 202, 210, 209, 236 -> true;
            default -> false;
        };
    }

    static boolean isUnreachable(Throwable failure) {
        Throwable t = unwrap(failure);
        return find(t, ConnectException.class) != null || find(t, UnknownHostException.class) != null
                || find(t, NoRouteToHostException.class) != null || find(t, ConnectionInitiationException.class) != null;
    }

    private static boolean isAuthentication(int code) {
        // UNKNOWN_USER, WRONG_PASSWORD, REQUIRED_PASSWORD, AUTHENTICATION_FAILED
        return code == 192 || code == 193 || code == 194 || code == 516;
    }

    private static Throwable unwrap(Throwable t) {
        while ((t instanceof ExecutionException || t instanceof CompletionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    private static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }

    private static String describe(Throwable t) {
        String m = t.getMessage();
        return t.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + shorten(m));
    }

    /** The server's reason without the advice for other deployments that follows it (e.g. ClickHouse Cloud's). */
    private static String firstParagraph(String m) {
        String s = shorten(m);
        int blank = s.indexOf("\n\n");
        return blank < 0 ? s : s.substring(0, blank).strip();
    }

    private static String shorten(String m) {
        if (m == null) {
            return "(no message)";
        }
        String s = m.strip();
        return s.length() <= MAX_SERVER_MESSAGE ? s : s.substring(0, MAX_SERVER_MESSAGE) + "…";
    }

    /** Defence in depth: removes the password if some message echoed it (e.g. a statement that contained it). */
    String scrub(String message) {
        return url.passwordSecret().map(p -> {
            String value = p.reveal();
            return value.isEmpty() ? message : message.replace(value, "******");
        }).orElse(message);
    }
}
