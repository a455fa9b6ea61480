package dev.kimball.connector.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kimball.connector.postgres.PostgresKeys.ForeignKey;
import dev.kimball.connector.postgres.PostgresKeys.Key;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Declared primary, unique and foreign keys, in constraint column order, partitions' clones left out. */
class DeclaredKeysIT {
    private static TestingPostgres pg;
    private static TestingPostgres ref;
    private final PostgresSourceProvider provider = new PostgresSourceProvider();

    @BeforeAll
    static void createTables() {
        ref = TestingPostgres.create();
        ref.exec("CREATE TABLE countries (code text PRIMARY KEY)");
        pg = TestingPostgres.create();
        pg.exec("CREATE TABLE customers (id int PRIMARY KEY, email text CONSTRAINT customers_email_key UNIQUE, region text, "
                        + "code int, country text REFERENCES " + ref.schema + ".countries (code), "
                        + "CONSTRAINT region_code UNIQUE (region, code))",
                "CREATE TABLE orders (order_no int, line int, customer_id int CONSTRAINT orders_customer REFERENCES customers (id), "
                        + "PRIMARY KEY (order_no, line))",
                "CREATE TABLE shipments (id bigint PRIMARY KEY, o_line int, o_no int, "
                        + "CONSTRAINT ship_order FOREIGN KEY (o_line, o_no) REFERENCES orders (line, order_no))",
                "CREATE TABLE notes (body text)",
                "CREATE TABLE events (id int, at date, customer_id int CONSTRAINT events_customer REFERENCES customers (id), "
                        + "PRIMARY KEY (id, at)) PARTITION BY RANGE (at)",
                "CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')",
                "CREATE TABLE audits (event_id int, event_at date, "
                        + "CONSTRAINT audits_event FOREIGN KEY (event_id, event_at) REFERENCES events (id, at))");
    }

    @AfterAll
    static void dropSchemas() {
        pg.close();
        ref.close();
    }

    @Test
    void primaryKeysOfEveryListedTable() {
        PostgresKeys keys = provider.keys(pg.source());
        assertThat(keys.schema()).isEqualTo(pg.schema);
        assertThat(keys.primaryKeys()).extracting(Key::table, Key::columns).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("customers", List.of("id")),
                org.assertj.core.groups.Tuple.tuple("events", List.of("id", "at")),
                org.assertj.core.groups.Tuple.tuple("orders", List.of("order_no", "line")),
                org.assertj.core.groups.Tuple.tuple("shipments", List.of("id")));
        assertThat(keys.primaryKey("notes")).isEmpty();
        assertThat(keys.primaryKey("orders")).get().extracting(Key::constraint).isEqualTo("orders_pkey");
    }

    @Test
    void uniqueConstraints() {
        assertThat(provider.keys(pg.source()).uniqueKeys()).containsExactlyInAnyOrder(
                new Key("customers", "customers_email_key", List.of("email")),
                new Key("customers", "region_code", List.of("region", "code")));
    }

    @Test
    void foreignKeysKeepColumnOrderAndReachOtherSchemas() {
        List<ForeignKey> fks = provider.keys(pg.source()).foreignKeys();
        assertThat(fks).contains(
                new ForeignKey("orders", "orders_customer", List.of("customer_id"), pg.schema, "customers", List.of("id")),
                new ForeignKey("shipments", "ship_order", List.of("o_line", "o_no"), pg.schema, "orders", List.of("line", "order_no")),
                new ForeignKey("events", "events_customer", List.of("customer_id"), pg.schema, "customers", List.of("id")),
                new ForeignKey("audits", "audits_event", List.of("event_id", "event_at"), pg.schema, "events", List.of("id", "at")));
        assertThat(fks).filteredOn(f -> f.table().equals("customers")).singleElement()
                .satisfies(f -> {
                    assertThat(f.referencedSchema()).isEqualTo(ref.schema);
                    assertThat(f.referencedTable()).isEqualTo("countries");
                    assertThat(f.referencedColumns()).containsExactly("code");
                });
        // partitions and PostgreSQL's per-partition clones of the constraints are not reported
        assertThat(fks).hasSize(5);
        assertThat(fks).extracting(ForeignKey::table).doesNotContain("events_2024");
    }

    @Test
    void onlyTheNamedTablesKeys() {
        PostgresKeys keys = provider.keys(pg.source().tables("shipments"));
        assertThat(keys.primaryKeys()).extracting(Key::table).containsExactly("shipments");
        assertThat(keys.foreignKeys()).extracting(ForeignKey::constraint).containsExactly("ship_order");
        assertThat(keys.uniqueKeys()).isEmpty();
    }
}
