package dev.kimball.core.discover;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kimball.api.InferredType;
import dev.kimball.api.KimballSession;
import dev.kimball.api.LoadReport;
import dev.kimball.api.Sources;
import dev.kimball.api.TableRef;
import dev.kimball.core.TestingClickHouse;
import dev.kimball.core.TestingSessions;
import dev.kimball.inference.TypeInference;
import dev.kimball.spi.Warehouse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Keys and relationships of a generated star schema ({@link TestingStarSchema}) loaded through the public API, on
 * every warehouse: every true primary key is found first, every proposed key is unique and non-null in the generated
 * rows, tables without a key get none, and the relationships reach an F1 of at least 0.95 against the truth, without
 * the decoys (shared dates, copied amounts and timestamps between facts).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class KeysContractTest {
    private static final int ROWS = 3_000;
    private static final long SEED = 7;

    private KimballSession session;
    private Warehouse warehouse;
    private final TestingStarSchema schema = TestingStarSchema.of(ROWS, SEED);
    private final List<TableProfile> profiles = new ArrayList<>();
    private final Map<TableRef, List<InferredType>> types = new LinkedHashMap<>();
    private final Map<TableRef, List<PrimaryKey>> keys = new LinkedHashMap<>();
    private List<Relationship> relationships;

    protected abstract KimballSession openSession();

    @BeforeAll
    void discover() throws IOException {
        session = openSession();
        warehouse = TestingSessions.warehouse(session);
        Path dir = Files.createTempDirectory("kimball-keys");
        schema.write(dir);
        LoadReport loaded = session.acquire(Sources.csv(dir)).toBronze().run();
        TypeInference inference = TypeInference.create();
        for (String name : schema.tables()) {
            TableProfile p = new TableProfiler(warehouse, inference).profile(loaded.table(name).table());
            profiles.add(p);
            types.put(p.table(), new ConformanceCheck(warehouse, inference).check(p).stream()
                    .map(ColumnConformance::revalidated).toList());
        }
        long start = System.nanoTime();
        KeyDetector keyDetector = new KeyDetector(warehouse);
        for (TableProfile p : profiles) {
            keys.put(p.table(), keyDetector.detect(p, types.get(p.table()), KeyHints.none()));
        }
        long keysDone = System.nanoTime();
        relationships = new RelationshipDetector(warehouse).detect(profiles, types, keys, KeyHints.none());
        long end = System.nanoTime();
        System.out.printf(Locale.ROOT, "%s: keys of %d tables in %d ms, relationships in %d ms (%d rows per fact)%n",
                warehouse.kind(), profiles.size(), (keysDone - start) / 1_000_000, (end - keysDone) / 1_000_000, ROWS);
        keys.values().forEach(ks -> ks.forEach(k -> System.out.println("  key " + k.table().name() + k.columns() + ": " + k.reason())));
        relationships.forEach(r -> System.out.printf(Locale.ROOT, "  %s %.3f: %s%n", r.describe(), r.confidence(), r.reason()));
    }

    @AfterAll
    void close() {
        TestingClickHouse.dropNamespaceAndClose(session);
    }

    @Test
    void everyTruePrimaryKeyIsFoundFirst() {
        for (Map.Entry<String, List<String>> truth : schema.primaryKeys().entrySet()) {
            List<PrimaryKey> found = keys.get(TableRef.bronze(truth.getKey()));
            if (truth.getValue().isEmpty()) {
                assertThat(found).as(truth.getKey() + " has no key").isEmpty();
            } else {
                assertThat(found).as(truth.getKey()).isNotEmpty();
                assertThat(new HashSet<>(found.get(0).columns())).as(truth.getKey() + " " + found)
                        .isEqualTo(new HashSet<>(truth.getValue()));
            }
        }
        assertThat(first("customers").surrogate()).isTrue();
        assertThat(first("orders").surrogate()).isTrue();
        assertThat(first("products").surrogate()).isFalse();
        assertThat(first("date_dim").surrogate()).isFalse();
        assertThat(first("order_lines").surrogate()).isFalse();
        assertThat(first("order_lines").reason()).contains("3,000 rows").contains("no smaller combination");
        assertThat(first("inventory").columns()).hasSize(3);
    }

    @Test
    void everyProposedKeyIsUniqueAndNonNullAndNeverATimestampOrMeasure() {
        for (Map.Entry<TableRef, List<PrimaryKey>> e : keys.entrySet()) {
            String table = e.getKey().name();
            List<String> columns = schema.columns(table);
            List<String[]> rows = schema.rows(table);
            for (PrimaryKey k : e.getValue()) {
                Set<List<String>> seen = new HashSet<>();
                for (String[] row : rows) {
                    List<String> values = k.columns().stream().map(c -> row[columns.indexOf(c)]).toList();
                    assertThat(values).as(k.toString()).allSatisfy(v -> assertThat(v).isNotBlank());
                    assertThat(seen.add(values)).as(k + " repeats " + values).isTrue();
                }
                assertThat(k.columns()).as(table).doesNotContain("amount", "created_at", "unit_price", "event_ts",
                        "unit_cost", "order_created_at");
            }
        }
        // unique decimal prices and amounts, unique millisecond timestamps: all left out
        assertThat(keys.get(TableRef.bronze("orders"))).extracting(PrimaryKey::columns).containsExactly(List.of("order_id"));
        assertThat(keys.get(TableRef.bronze("products"))).extracting(PrimaryKey::columns)
                .containsExactly(List.of("product_code"));
        // the e-mail is a second, natural candidate key
        assertThat(keys.get(TableRef.bronze("customers"))).extracting(PrimaryKey::columns)
                .containsExactly(List.of("customer_id"), List.of("email"));
    }

    @Test
    void relationshipsMatchTheTruth() {
        List<TestingStarSchema.TrueRelationship> truth = schema.relationships();
        long truePositives = relationships.stream().filter(r -> truth.stream().anyMatch(t -> t.matches(r))).count();
        double precision = (double) truePositives / relationships.size();
        double recall = (double) truth.stream().filter(t -> relationships.stream().anyMatch(t::matches)).count() / truth.size();
        double f1 = 2 * precision * recall / (precision + recall);
        List<String> extra = relationships.stream().filter(r -> truth.stream().noneMatch(t -> t.matches(r)))
                .map(Relationship::describe).toList();
        List<String> missed = truth.stream().filter(t -> relationships.stream().noneMatch(t::matches))
                .map(Object::toString).toList();
        System.out.printf(Locale.ROOT, "%s: relationships precision %.3f recall %.3f F1 %.3f; extra %s; missed %s%n",
                warehouse.kind(), precision, recall, f1, extra, missed);
        assertThat(f1).as("F1; extra " + extra + "; missed " + missed).isGreaterThanOrEqualTo(0.95);
        assertThat(relationships).allSatisfy(r -> {
            assertThat(r.confidence()).isBetween(0.0, 1.0);
            assertThat(r.coverage()).isBetween(0.0, 1.0);
            assertThat(r.declared()).isFalse();
        });
    }

    @Test
    void decoysSharedBetweenFactsAreNotJoined() {
        for (Relationship r : relationships) {
            assertThat(r.fromColumns()).as(r.describe()).doesNotContain("amount", "order_created_at", "created_at", "event_ts");
            boolean factToFact = Set.of("orders", "returns", "events", "inventory").contains(r.fromTable().name())
                    && Set.of("returns", "events", "inventory").contains(r.toTable().name());
            assertThat(factToFact).as(r.describe()).isFalse();
        }
        assertThat(relationships).noneMatch(r -> r.fromTable().name().equals("returns") && r.fromColumns().equals(List.of("order_date"))
                && !r.toTable().name().equals("date_dim"));
    }

    @Test
    void orphansAndNullsLowerCoverageButKeepTheForeignKey() {
        Relationship customer = find("orders", List.of("customer_id"));
        assertThat(customer.toTable().name()).isEqualTo("customers");
        assertThat(customer.cardinality()).isEqualTo(Cardinality.MANY_TO_ONE);
        assertThat(customer.coverage()).isLessThan(1.0).isGreaterThan(0.95);
        assertThat(customer.reason()).contains("found in customers(customer_id)");
        Relationship line = find("returns", List.of("order_id", "line_no"));
        assertThat(line.toTable().name()).isEqualTo("order_lines");
        assertThat(line.coverage()).isEqualTo(1.0);
        assertThat(line.cardinality()).isEqualTo(Cardinality.ONE_TO_ONE);
        Relationship product = find("order_lines", List.of("product_code"));
        assertThat(product.toTable().name()).isEqualTo("products");
        assertThat(product.confidence()).isGreaterThan(0.9);
    }

    @Test
    void declaredKeysAreHintsWithAHighPrior() {
        KeyHints hints = KeyHints.none()
                .withPrimaryKey("events", "event_ts")                       // not unique in the data: not proposed
                .withPrimaryKey("order_lines", "line_no", "order_id")
                .withForeignKey("stores", List.of("store_id"), "customers", List.of("customer_id"))
                .withForeignKey("orders", List.of("customer_id"), "customers", List.of("customer_id"));
        KeyDetector detector = new KeyDetector(warehouse);
        Map<TableRef, List<PrimaryKey>> hinted = new LinkedHashMap<>();
        for (TableProfile p : profiles) {
            hinted.put(p.table(), detector.detect(p, types.get(p.table()), hints));
        }
        assertThat(hinted.get(TableRef.bronze("events"))).isEmpty();
        PrimaryKey lines = hinted.get(TableRef.bronze("order_lines")).get(0);
        assertThat(lines.columns()).containsExactly("line_no", "order_id");
        assertThat(lines.reason()).startsWith("declared");
        List<Relationship> rs = new RelationshipDetector(warehouse).detect(profiles, types, hinted, hints);
        Relationship declared = rs.stream().filter(r -> r.fromTable().name().equals("stores")).findFirst().orElseThrow();
        assertThat(declared.declared()).isTrue();
        assertThat(declared.toColumns()).containsExactly("customer_id");
        assertThat(declared.confidence()).isGreaterThanOrEqualTo(0.9);
        Relationship customer = rs.stream().filter(r -> r.fromTable().name().equals("orders")
                && r.fromColumns().equals(List.of("customer_id"))).findFirst().orElseThrow();
        assertThat(customer.declared()).isTrue();
        assertThat(customer.reason()).startsWith("declared");
    }

    private PrimaryKey first(String table) {
        return keys.get(TableRef.bronze(table)).get(0);
    }

    private Relationship find(String table, List<String> columns) {
        return relationships.stream().filter(r -> r.fromTable().name().equals(table) && r.fromColumns().equals(columns))
                .findFirst().orElseThrow(() -> new AssertionError("no relationship from " + table + columns + " in "
                        + relationships.stream().map(Relationship::describe).toList()));
    }
}
