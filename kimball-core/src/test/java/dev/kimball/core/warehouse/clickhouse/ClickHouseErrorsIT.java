package dev.kimball.core.warehouse.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kimball.api.WarehouseException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** What a user sees when the server is missing, refuses the user, or refuses a statement; and that secrets stay out. */
class ClickHouseErrorsIT {
    private static final String SECRET = "s3cr3t-value";

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String everything(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out + "\n" + t;
    }

    @Test
    void nothingListeningSaysWhereAndHowToStartIt() throws IOException {
        int port = freePort();
        assertThatThrownBy(() -> ClickHouseWarehouse.open("jdbc:clickhouse://127.0.0.1:" + port + "?password=" + SECRET))
                .isInstanceOfSatisfying(WarehouseException.class, e -> {
                    assertThat(e.code()).isEqualTo("WAREHOUSE_UNREACHABLE");
                    assertThat(everything(e)).doesNotContain(SECRET);
                })
                .hasMessageContaining("127.0.0.1:" + port)
                .hasMessageContaining("scripts/services/clickhouse.sh start");
    }

    @Test
    void anUnknownHostIsUnreachable() {
        assertThatThrownBy(() -> ClickHouseWarehouse.open("jdbc:ch://no-such-host.invalid:8123/ns"))
                .isInstanceOfSatisfying(WarehouseException.class, e -> assertThat(e.code()).isEqualTo("WAREHOUSE_UNREACHABLE"))
                .hasMessageContaining("no-such-host.invalid:8123");
    }

    @Test
    void aRefusedPasswordNeverAppearsInTheMessageTheCausesOrToString() {
        String url = TestingClickHouse.withNamespace(TestingClickHouse.baseUrl(), "ns_secret").replaceFirst("\\?.*$", "")
                + "?user=default&password=" + SECRET;
        assertThatThrownBy(() -> ClickHouseWarehouse.open(url))
                .isInstanceOfSatisfying(WarehouseException.class, e -> {
                    assertThat(e.code()).isEqualTo("WAREHOUSE_AUTHENTICATION");
                    assertThat(e.getMessage()).contains("'default'").contains("Authentication failed");
                    assertThat(everything(e)).doesNotContain(SECRET);
                });
    }

    @Test
    void aFailingStatementCarriesTheSqlAndTheServerMessage() {
        ClickHouseWarehouse w = TestingClickHouse.openFresh();
        try {
            assertThatThrownBy(() -> w.query("SELECT no_such_column FROM system.one"))
                    .isInstanceOfSatisfying(WarehouseException.class, e -> assertThat(e.code()).isEqualTo("WAREHOUSE_STATEMENT"))
                    .hasMessageContaining("SELECT no_such_column FROM system.one")
                    .hasMessageContaining("UNKNOWN_IDENTIFIER");
            String longSql = "SELECT '" + "x".repeat(10_000) + "' AS v FROM no_such_db.no_such_table";
            assertThatThrownBy(() -> w.execute(longSql))
                    .isInstanceOf(WarehouseException.class)
                    .hasMessageContaining("UNKNOWN_DATABASE")
                    .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(3_000));
            // the warehouse stays usable after errors
            assertThat(w.queryLong("SELECT 41 + 1")).isEqualTo(42);
        } finally {
            TestingClickHouse.dropAndClose(w);
        }
    }
}
