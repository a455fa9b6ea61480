package dev.kimball.core.discover;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kimball.api.KimballSession;
import dev.kimball.api.Sources;
import dev.kimball.api.catalog.Catalog;
import dev.kimball.api.catalog.CatalogTable;
import dev.kimball.api.catalog.Relationship;
import dev.kimball.core.TestingClickHouse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Discover end to end through the public API ({@code session.discover().analyze()}) on the generated star schema with
 * known keys (composite keys, nullable foreign keys, orphans, decoys): the catalog's primary keys are the true ones,
 * tables without a key get none, the stored relationships reach F1 >= 0.95, and their child columns are marked as
 * foreign keys. The detectors themselves are tested in {@link KeysContractTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StarSchemaDiscoverContractTest {
    private static final int FACT_ROWS = 2_000;
    private final TestingStarSchema schema = TestingStarSchema.of(FACT_ROWS, 11);
    private KimballSession session;
    private Catalog catalog;

    protected abstract KimballSession openSession();

    @BeforeAll
    void discover() throws IOException {
        session = openSession();
        Path dir = Files.createTempDirectory("kimball-star");
        schema.write(dir);
        session.acquire(Sources.csv(dir)).toBronze().run();
        catalog = session.discover().analyze();
    }

    @AfterAll
    void close() {
        TestingClickHouse.dropNamespaceAndClose(session);
    }

    @Test
    void everyTruePrimaryKeyIsTheCatalogsKeyAndNoTableGetsAFalseOne() {
        assertThat(catalog.tables()).extracting(CatalogTable::name).containsExactlyInAnyOrderElementsOf(schema.tables());
        for (Map.Entry<String, List<String>> e : schema.primaryKeys().entrySet()) {
            CatalogTable t = catalog.table(e.getKey());
            if (e.getValue().isEmpty()) {
                assertThat(t.primaryKey()).as(e.getKey() + " has no key").isEmpty();
                assertThat(t.keyKind()).isEqualTo("none");
            } else {
                assertThat(t.primaryKey()).as(e.getKey()).containsExactlyInAnyOrderElementsOf(e.getValue());
                t.primaryKey().forEach(c -> assertThat(t.column(c).primaryKey()).isTrue());
            }
        }
    }

    @Test
    void relationshipsReachF1OfAtLeast95Percent() {
        List<Relationship> found = catalog.relationships();
        int truePositives = 0;
        List<Relationship> extra = new ArrayList<>();
        for (Relationship r : found) {
            if (schema.relationships().stream().anyMatch(t -> matches(t, r))) {
                truePositives++;
            } else {
                extra.add(r);
            }
        }
        double precision = found.isEmpty() ? 0 : (double) truePositives / found.size();
        double recall = (double) truePositives / schema.relationships().size();
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        assertThat(f1).as("precision %.3f recall %.3f extra %s", precision, recall, extra).isGreaterThanOrEqualTo(0.95);
        for (Relationship r : found) {
            assertThat(r.confidence()).isBetween(0.0, 1.0);
            CatalogTable child = catalog.table(r.fromTable());
            for (String c : r.fromColumns()) {
                assertThat(child.column(c).role()).as(r.toString()).isIn("foreign_key", "key");
            }
        }
    }

    private static boolean matches(TestingStarSchema.TrueRelationship t, Relationship r) {
        if (!r.fromTable().equals(t.fromTable()) || !r.toTable().equals(t.toTable()) || r.fromColumns().size() != t.fromColumns().size()) {
            return false;
        }
        for (int i = 0; i < t.fromColumns().size(); i++) {
            int j = r.fromColumns().indexOf(t.fromColumns().get(i));
            if (j < 0 || !r.toColumns().get(j).equals(t.toColumns().get(i))) {
                return false;
            }
        }
        return true;
    }
}
