package dev.kimball.connector.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kimball.api.SourceException;
import dev.kimball.api.Sources;
import dev.kimball.spi.SourceUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which relations become units, their names and headers, and what a missing schema or table says. */
class TableListingIT {
    private static final String HOSTILE = "a\"; DROP TABLE orders; --";
    private static TestingPostgres pg;
    private final PostgresSourceProvider provider = new PostgresSourceProvider();

    @BeforeAll
    static void createTables() {
        pg = TestingPostgres.create();
        pg.exec("CREATE TABLE orders (id int PRIMARY KEY, total numeric)",
                "INSERT INTO orders VALUES (1, 9.99), (2, 0)",
                "CREATE TABLE \"Mixed Case\" (\"Order ID\" int, \"qu\"\"ote\" text, \"日本\" text, \" lead space\" text)",
                "INSERT INTO \"Mixed Case\" VALUES (7, 'q', 'ja', 'empty name')",
                "CREATE TABLE \"" + HOSTILE.replace("\"", "\"\"") + "\" (x int)",
                "INSERT INTO \"" + HOSTILE.replace("\"", "\"\"") + "\" VALUES (42)",
                "CREATE TABLE events (id int, at date, PRIMARY KEY (id, at)) PARTITION BY RANGE (at)",
                "CREATE TABLE events_2023 PARTITION OF events FOR VALUES FROM ('2023-01-01') TO ('2024-01-01')",
                "CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')",
                "INSERT INTO events VALUES (1, '2023-05-01'), (2, '2024-05-01'), (3, '2024-06-01')",
                "CREATE TABLE nocols ()",
                "INSERT INTO nocols DEFAULT VALUES", "INSERT INTO nocols DEFAULT VALUES",
                "CREATE VIEW v_orders AS SELECT id, total * 2 AS double_total FROM orders",
                "CREATE MATERIALIZED VIEW mv_orders AS SELECT count(*) AS n FROM orders");
    }

    @AfterAll
    static void dropSchema() {
        pg.close();
    }

    private String prefix() {
        return "postgres://127.0.0.1:5432/test/" + pg.schema + ".";
    }

    @Test
    void everyTableAndPartitionedTableButNoViewsOrPartitions() {
        List<SourceUnit> units = provider.units(pg.source());
        assertThat(units).extracting(SourceUnit::tableHint)
                .containsExactlyInAnyOrder("orders", "Mixed Case", HOSTILE, "events", "nocols");
        assertThat(units).extracting(SourceUnit::name).contains(prefix() + "orders", prefix() + "Mixed Case");
        assertThat(units).allSatisfy(u -> assertThat(u.sizeBytes()).isEqualTo(-1));
    }

    @Test
    void columnNamesComeBackExactly() {
        SourceUnit u = provider.units(pg.source().tables("Mixed Case")).get(0);
        assertThat(TestingReads.header(u)).containsExactly("Order ID", "qu\"ote", "日本", " lead space");
        assertThat(TestingReads.rows(u)).singleElement().satisfies(r -> assertThat(r).containsExactly("7", "q", "ja", "empty name"));
    }

    @Test
    void aHostileTableNameIsOneQuotedIdentifier() {
        SourceUnit u = provider.units(pg.source().tables(HOSTILE)).get(0);
        assertThat(TestingReads.rows(u)).singleElement().satisfies(r -> assertThat(r).containsExactly("42"));
        assertThat(pg.queryLong("SELECT count(*) FROM orders")).isEqualTo(2);
    }

    @Test
    void aPartitionedTableIsReadThroughItsParent() {
        SourceUnit u = provider.units(pg.source().tables("events")).get(0);
        assertThat(TestingReads.rows(u)).extracting(r -> r[0]).containsExactlyInAnyOrder("1", "2", "3");
    }

    @Test
    void viewsMaterializedViewsAndPartitionsCanBeNamed() {
        List<SourceUnit> units = provider.units(pg.source().tables("v_orders", "mv_orders", "events_2024"));
        assertThat(units).extracting(SourceUnit::tableHint).containsExactly("v_orders", "mv_orders", "events_2024");
        assertThat(TestingReads.rows(units.get(0))).extracting(r -> r[1]).containsExactlyInAnyOrder("19.98", "0");
        assertThat(TestingReads.rows(units.get(1))).singleElement().satisfies(r -> assertThat(r).containsExactly("2"));
        assertThat(TestingReads.rows(units.get(2))).hasSize(2);
    }

    @Test
    void anUnquotedStyleNameFindsTheLowerCaseTable() {
        assertThat(provider.units(pg.source().tables("ORDERS"))).extracting(SourceUnit::tableHint).containsExactly("orders");
    }

    @Test
    void aTableWithoutColumnsGivesEmptyRows() {
        SourceUnit u = provider.units(pg.source().tables("nocols")).get(0);
        assertThat(TestingReads.header(u)).isEmpty();
        assertThat(TestingReads.rows(u)).hasSize(2).allSatisfy(r -> assertThat(r).isEmpty());
    }

    @Test
    void aMissingTableIsNamedWithTheTablesThatExist() {
        assertThatThrownBy(() -> provider.units(pg.source().tables("orders", "ordres")))
                .isInstanceOf(SourceException.class)
                .satisfies(e -> assertThat(((SourceException) e).code()).isEqualTo("SOURCE_NOT_FOUND"))
                .hasMessageContaining("table ordres not found in schema " + pg.schema)
                .hasMessageContaining("tables there: ")
                .hasMessageContaining("orders")
                .hasMessageContaining("v_orders");
    }

    @Test
    void aMissingSchemaListsTheSchemas() {
        assertThatThrownBy(() -> provider.units(Sources.postgres(TestingPostgres.URL).schema("no_such_schema")))
                .isInstanceOf(SourceException.class)
                .satisfies(e -> assertThat(((SourceException) e).code()).isEqualTo("SOURCE_NOT_FOUND"))
                .hasMessageContaining("schema no_such_schema does not exist in database 127.0.0.1:5432/test")
                .hasMessageContaining(pg.schema);
    }

    @Test
    void aSchemaWithOnlyViewsSaysSoAndHowToNameThem() {
        try (TestingPostgres other = TestingPostgres.create()) {
            other.exec("CREATE VIEW just_a_view AS SELECT 1 AS one");
            assertThatThrownBy(() -> provider.units(other.source()))
                    .isInstanceOf(SourceException.class)
                    .hasMessageContaining("has no tables")
                    .hasMessageContaining("name them with .tables(...)): just_a_view");
            assertThat(provider.units(other.source().tables("just_a_view"))).hasSize(1);
        }
    }
}
