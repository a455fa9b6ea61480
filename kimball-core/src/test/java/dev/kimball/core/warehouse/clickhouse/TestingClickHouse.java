package dev.kimball.core.warehouse.clickhouse;

import dev.kimball.api.WarehouseException;
import java.util.UUID;

/**
 * The ClickHouse server integration tests use: system property {@code kimball.test.clickhouse.url}, else env
 * {@code KIMBALL_TEST_CLICKHOUSE_URL}, else {@code jdbc:clickhouse://127.0.0.1:8123}. Each test class gets its own
 * random namespace (databases {@code t<random>_bronze}, ...), so classes share one server without seeing each
 * other's tables. An unreachable server fails the test with how to start one; it is never skipped.
 */
final class TestingClickHouse {
    static final String DEFAULT_URL = "jdbc:clickhouse://127.0.0.1:8123";

    private TestingClickHouse() {
    }

    static String baseUrl() {
        String url = System.getProperty("kimball.test.clickhouse.url");
        if (unset(url)) {
            url = System.getenv("KIMBALL_TEST_CLICKHOUSE_URL");
        }
        return unset(url) ? DEFAULT_URL : url.strip();
    }

    // Maven passes "${env.KIMBALL_TEST_CLICKHOUSE_URL}" literally when the variable is not set.
    private static boolean unset(String v) {
        return v == null || v.isBlank() || v.startsWith("${");
    }

    /** The base URL with its namespace replaced by {@code namespace} (options such as user/password are kept). */
    static String withNamespace(String base, String namespace) {
        String query = "";
        int q = base.indexOf('?');
        if (q >= 0) {
            query = base.substring(q);
            base = base.substring(0, q);
        }
        int schemeEnd = base.indexOf("://") + 3;
        int slash = base.indexOf('/', schemeEnd);
        String authority = slash < 0 ? base : base.substring(0, slash);
        return authority + "/" + namespace + query;
    }

    static String randomNamespace() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** A warehouse on a fresh namespace, with its layers created. */
    static ClickHouseWarehouse openFresh() {
        String url = withNamespace(baseUrl(), randomNamespace());
        try {
            ClickHouseWarehouse w = ClickHouseWarehouse.open(url);
            w.createLayers();
            return w;
        } catch (WarehouseException e) {
            throw new AssertionError("no ClickHouse for the integration tests at " + ClickHouseUrl.redacted(baseUrl())
                    + ": run scripts/services/clickhouse.sh start (or set KIMBALL_TEST_CLICKHOUSE_URL / -Dkimball.test.clickhouse.url)."
                    + " Cause: " + e.getMessage(), e);
        }
    }

    /** Drops the namespace's databases and closes the warehouse. */
    static void dropAndClose(ClickHouseWarehouse w) {
        if (w != null) {
            try {
                w.dropLayers();
            } finally {
                w.close();
            }
        }
    }
}
