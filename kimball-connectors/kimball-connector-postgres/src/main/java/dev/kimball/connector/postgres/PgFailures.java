package dev.kimball.connector.postgres;

import dev.kimball.api.SourceException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;

/**
 * Turns driver failures into {@link SourceException}s whose code says what the caller can do and whose message
 * says what to check. The password is never part of a message: messages are built from the endpoint, the user and
 * the server's own text, and any occurrence of the password value is masked as a last defence.
 */
final class PgFailures {
    private PgFailures() {
    }

    /**
     * @param doing    what was being done, e.g. {@code reading postgres://h:5432/db/public.t}
     * @param password the revealed password to mask, or null
     */
    static SourceException translate(SQLException e, String doing, PgEndpoint endpoint, String password) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String server = firstLine(e.getMessage());
        String code;
        String message;
        Throwable net = networkCause(e);
        if (net instanceof UnknownHostException) {
            code = "SOURCE_UNREACHABLE";
            message = doing + ": unknown host " + endpoint.hosts() + "; check the host name in the URL";
        } else if (net instanceof ConnectException || net instanceof NoRouteToHostException) {
            code = "SOURCE_UNREACHABLE";
            message = doing + ": connection refused by " + endpoint.address()
                    + "; check that PostgreSQL runs there and listens on that port (listen_addresses, firewall)";
        } else if (net instanceof SocketTimeoutException || state.equals("08001") && server.contains("timed out")) {
            code = "SOURCE_UNREACHABLE";
            message = doing + ": no answer from " + endpoint.address() + " in time; check the host, port and network";
        } else if (state.equals("28P01") || state.equals("28000") || state.equals("08004")) {
            code = "SOURCE_AUTH_FAILED";
            message = doing + ": authentication failed (" + server + "); check the user and the password";
        } else if (state.equals("3D000")) {
            code = "SOURCE_NOT_FOUND";
            message = doing + ": database " + endpoint.database() + " does not exist on " + endpoint.address()
                    + " (" + server + "); check the database name in the URL";
        } else if (state.equals("42501")) {
            code = "SOURCE_PERMISSION_DENIED";
            message = doing + ": permission denied (" + server + "); ask for SELECT on the table and USAGE on its schema";
        } else if (state.equals("42P01") || state.equals("42703")) {
            code = "SOURCE_NOT_FOUND";
            message = doing + ": " + server + " (was it dropped or altered since the tables were listed?)";
        } else if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
            code = "SOURCE_UNREACHABLE";
            message = doing + ": connection to " + endpoint.address() + " lost or refused (" + server + ")";
        } else {
            code = "SOURCE_READ_FAILED";
            message = doing + ": " + server + (state.isEmpty() ? "" : " [SQLSTATE " + state + "]");
        }
        return new SourceException(code, mask(message, password), e);
    }

    static String mask(String text, String password) {
        if (password == null || password.isEmpty() || text == null) {
            return text;
        }
        return text.replace(password, "******");
    }

    private static Throwable networkCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException || t instanceof ConnectException || t instanceof NoRouteToHostException
                    || t instanceof SocketTimeoutException) {
                return t;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "no message";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }
}
