package dev.kimball.core;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Where the integration tests find ClickHouse: system property {@code kimball.test.clickhouse.url}, else env
 * {@code KIMBALL_TEST_CLICKHOUSE_URL}, else {@code jdbc:clickhouse://127.0.0.1:8123}. {@code scripts/test} starts
 * a server and sets the variable; a missing server fails the tests (it is never a reason to skip them).
 */
public final class TestingClickHouse {
    private TestingClickHouse() {
    }

    public static String baseUrl() {
        String p = System.getProperty("kimball.test.clickhouse.url");
        if (p != null && !p.isBlank() && !p.startsWith("${")) {
            return strip(p);
        }
        String e = System.getenv("KIMBALL_TEST_CLICKHOUSE_URL");
        return e != null && !e.isBlank() ? strip(e) : "jdbc:clickhouse://127.0.0.1:8123";
    }

    /** The base URL with a fresh namespace, so each test class has its own databases on the shared server. */
    public static String freshNamespaceUrl(String prefix) {
        String ns = prefix.toLowerCase(Locale.ROOT) + "_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffffL);
        return baseUrl() + "/" + ns;
    }

    private static String strip(String url) {
        String u = url.strip();
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }

    /** {@link #dropNamespace} then closes the session, even if dropping failed; nothing for a null session. */
    public static void dropNamespaceAndClose(dev.kimball.api.KimballSession session) {
        if (session == null) {
            return;
        }
        try {
            dropNamespace(session);
        } finally {
            session.close();
        }
    }

    /** Drops the layer databases of a session's namespace (so test runs leave nothing behind on a shared server). */
    public static void dropNamespace(dev.kimball.api.KimballSession session) {
        String url = session.warehouseUrl();
        int slash = url.indexOf('/', url.indexOf("//") + 2);
        if (!"clickhouse".equals(session.warehouseKind()) || slash < 0) {
            return;
        }
        String ns = url.substring(slash + 1).split("[?/]")[0];
        if (ns.isEmpty()) {
            return;
        }
        dev.kimball.spi.Warehouse w = TestingSessions.warehouse(session);
        for (String layer : java.util.List.of("bronze", "silver", "gold", "metadata")) {
            w.execute("DROP DATABASE IF EXISTS " + w.dialect().quote(ns + "_" + layer));
        }
    }
}
