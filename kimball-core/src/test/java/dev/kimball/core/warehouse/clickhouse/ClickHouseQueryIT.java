package dev.kimball.core.warehouse.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kimball.api.TableRef;
import dev.kimball.core.warehouse.Warehouses;
import dev.kimball.spi.Warehouse;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Query results come back as the same few Java types whatever ClickHouse type produced them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClickHouseQueryIT {
    private ClickHouseWarehouse warehouse;

    @BeforeAll
    void open() {
        warehouse = TestingClickHouse.openFresh();
    }

    @AfterAll
    void close() {
        TestingClickHouse.dropAndClose(warehouse);
    }

    @Test
    void valuesAreNormalised() {
        Map<String, Object> r = warehouse.query("SELECT toUInt64(5) AS u64, toUInt64(18446744073709551615) AS u64max,"
                + " toInt8(-1) AS i8, toUInt32(4000000000) AS u32, toFloat32(0.1) AS f32, toFloat64(2.5) AS f64,"
                + " toDecimal64('12.34', 2) AS dec, true AS bool, toDateTime('2026-01-02 03:04:05', 'UTC') AS dt,"
                + " toDateTime64('2026-01-02 03:04:05.123456', 6, 'Europe/Paris') AS dt64, toDate('2026-01-02') AS d,"
                + " NULL AS nothing, CAST(NULL AS Nullable(Int64)) AS null_int, [1, 2] AS arr,"
                + " toUUID('00000000-0000-0000-0000-000000000001') AS uuid, 'text' AS s, count() AS n FROM system.one").get(0);
        assertThat(r.get("u64")).isEqualTo(5L);
        assertThat(r.get("u64max")).isEqualTo(new BigInteger("18446744073709551615"));
        assertThat(r.get("i8")).isEqualTo(-1L);
        assertThat(r.get("u32")).isEqualTo(4_000_000_000L);
        assertThat(r.get("f32")).isEqualTo(0.1d);
        assertThat(r.get("f64")).isEqualTo(2.5d);
        assertThat(r.get("dec")).isEqualTo(new BigDecimal("12.34"));
        assertThat(r.get("bool")).isEqualTo(true);
        assertThat(r.get("dt")).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
        assertThat(r.get("dt64")).isEqualTo(Instant.parse("2026-01-02T02:04:05.123456Z"));
        assertThat(r.get("d")).isEqualTo(LocalDate.of(2026, 1, 2));
        assertThat(r).containsEntry("nothing", null).containsEntry("null_int", null);
        assertThat(r.get("arr")).isEqualTo(List.of(1L, 2L));
        assertThat(r.get("uuid")).isEqualTo("00000000-0000-0000-0000-000000000001");
        assertThat(r.get("s")).isEqualTo("text");
        assertThat(r.get("n")).isEqualTo(1L);
        assertThat(List.copyOf(r.keySet())).startsWith("u64", "u64max", "i8"); // column order kept
    }

    @Test
    void anEmptyResultHasNoRows() {
        assertThat(warehouse.query("SELECT 1 AS x FROM system.one WHERE 0")).isEmpty();
    }

    @Test
    void theProviderIsFoundByUrlAndNamespacesIsolateLayers() {
        String base = TestingClickHouse.baseUrl();
        String ns = TestingClickHouse.randomNamespace();
        try (Warehouse other = Warehouses.open(TestingClickHouse.withNamespace(base, ns))) {
            assertThat(other.kind()).isEqualTo("clickhouse");
            assertThat(other.url()).contains("/" + ns);
            try {
                other.createLayers();
                assertThat(other.dialect().table(TableRef.bronze("t"))).isEqualTo("`" + ns + "_bronze`.`t`");
                other.execute("CREATE TABLE " + other.dialect().table(TableRef.bronze("only_here")) + " (a String) ENGINE = Memory");
                assertThat(other.tables(TableRef.BRONZE)).containsExactly(TableRef.bronze("only_here"));
                assertThat(warehouse.tables(TableRef.BRONZE)).doesNotContain(TableRef.bronze("only_here"));
            } finally {
                ((ClickHouseWarehouse) other).dropLayers();
            }
        }
    }
}
