package dev.kimball.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kimball.api.ConfigurationException;
import dev.kimball.api.KimballException;
import dev.kimball.api.KimballSession;
import dev.kimball.api.LoadReport;
import dev.kimball.api.NamedSource;
import dev.kimball.api.Secret;
import dev.kimball.api.Source;
import dev.kimball.api.SourceCheck;
import dev.kimball.api.SourceRegistry;
import dev.kimball.api.SourceRevision;
import dev.kimball.api.Sources;
import dev.kimball.api.TableRef;
import dev.kimball.core.TestingSessions;
import dev.kimball.core.metadata.MetadataStore;
import dev.kimball.core.metadata.MetadataTables;
import dev.kimball.spi.ColumnDef;
import dev.kimball.spi.ColumnType;
import dev.kimball.spi.TableDef;
import dev.kimball.spi.TableKind;
import dev.kimball.spi.Warehouse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the source registry must do on every warehouse: CRUD with versions and soft deletes, definitions shared by
 * later sessions, clear errors for unknown, taken and invalid names, loading by name, a test that reports (never
 * throws) what is wrong, and the migration of an older warehouse's per-unit {@code metadata.sources}.
 */
public abstract class SourceRegistryContractTest {
    @TempDir
    Path tmp;
    private String url;
    private boolean used;

    /** A new, empty warehouse's URL; {@link #open} must reach the same warehouse every time. */
    protected abstract String freshWarehouseUrl();

    protected abstract KimballSession open(String url);

    /** Removes what a test left on the warehouse (nothing for a temporary file). */
    protected void dropWarehouse(KimballSession session) {
    }

    @BeforeEach
    void freshWarehouse() {
        url = freshWarehouseUrl();
        used = false;
    }

    @AfterEach
    void drop() {
        if (used) {
            try (KimballSession s = open(url)) {
                dropWarehouse(s);
            }
        }
    }

    private <T> T inSession(Function<KimballSession, T> work) {
        used = true;
        try (KimballSession s = open(url)) {
            return work.apply(s);
        }
    }

    private Path csv(String name, String text) throws IOException {
        return Files.writeString(tmp.resolve(name), text);
    }

    @Test
    void addGetUpdateRemoveKeepEveryVersionAcrossSessions() throws IOException {
        Path sales = csv("sales.csv", "id,amount\n1,2.50\n2,3.75\n");
        Path sales2 = csv("sales2.csv", "id;amount\n1;2,50\n");
        NamedSource added = inSession(s -> s.sources().add("sales", Sources.csv(sales), "daily sales export"));
        assertThat(added.kind()).isEqualTo("csv");
        assertThat(added.describe()).isEqualTo("csv:" + sales);
        assertThat(added.createdAt()).isEqualTo(added.updatedAt());

        inSession(s -> {
            SourceRegistry r = s.sources();
            assertThat(r.get("sales")).isEqualTo(Sources.csv(sales));
            NamedSource found = r.find("sales").orElseThrow();
            assertThat(found.description()).isEqualTo("daily sales export");
            assertThat(found.version()).isEqualTo(added.version());
            assertThat(found.createdAt()).isEqualTo(added.createdAt());
            assertThat(r.list()).extracting(NamedSource::name).containsExactly("sales");
            NamedSource updated = r.update("sales", Sources.csv(sales2).delimiter(';'));
            assertThat(updated.version()).isGreaterThan(added.version());
            assertThat(updated.description()).as("kept").isEqualTo("daily sales export");
            assertThat(updated.createdAt()).isEqualTo(added.createdAt());
            assertThat(updated.updatedAt()).isAfterOrEqualTo(added.updatedAt());
            return null;
        });
        inSession(s -> {
            SourceRegistry r = s.sources();
            assertThat(r.get("sales")).isEqualTo(Sources.csv(sales2).delimiter(';'));
            r.add("returns", Sources.files(tmp.toString()));
            r.add("a_first", Sources.parquet(tmp.resolve("x.parquet")));
            assertThat(r.list()).extracting(NamedSource::name).containsExactly("a_first", "returns", "sales");
            r.remove("sales");
            assertThat(r.find("sales")).isEmpty();
            assertThat(r.list()).extracting(NamedSource::name).containsExactly("a_first", "returns");
            return null;
        });
        inSession(s -> {
            List<SourceRevision> h = s.sources().history("sales");
            assertThat(h).extracting(SourceRevision::removed).containsExactly(false, false, true);
            assertThat(h).extracting(SourceRevision::version).isSorted().doesNotHaveDuplicates();
            assertThat(h.get(0).source().source()).isEqualTo(Sources.csv(sales));
            assertThat(h.get(1).source().source()).isEqualTo(Sources.csv(sales2).delimiter(';'));
            assertThat(h.get(2).source().description()).isEqualTo("daily sales export");
            assertThat(s.sources().history("never_used")).isEmpty();
            // the name is free again after a removal
            NamedSource again = s.sources().add("sales", Sources.csv(sales));
            assertThat(again.createdAt()).isAfter(added.createdAt());
            assertThat(s.sources().history("sales")).hasSize(4);
            return null;
        });
    }

    @Test
    void namesAreCheckedAndUnknownOrTakenNamesSayWhatToDo() {
        inSession(s -> {
            SourceRegistry r = s.sources();
            assertThatThrownBy(() -> r.get("nope")).isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("'nope'").hasMessageContaining("registry is empty")
                    .satisfies(e -> assertThat(((KimballException) e).code()).isEqualTo("SOURCE_UNKNOWN"));
            r.add("sales", Sources.csv("/data/s.csv"));
            r.add("stock.v2", Sources.csv("/data/t.csv"));
            assertThatThrownBy(() -> r.get("sale")).hasMessageContaining("known sources: sales, stock.v2");
            assertThatThrownBy(() -> r.update("sale", Sources.csv("/x.csv"))).hasMessageContaining("known sources: sales");
            assertThatThrownBy(() -> r.remove("sale")).hasMessageContaining("known sources: sales");
            assertThatThrownBy(() -> r.test("sale")).hasMessageContaining("known sources: sales");
            assertThatThrownBy(() -> r.add("sales", Sources.csv("/data/other.csv"))).isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("'sales' already exists").hasMessageContaining("use update")
                    .satisfies(e -> assertThat(((KimballException) e).code()).isEqualTo("SOURCE_EXISTS"));
            for (String bad : new String[] {"", "has space", "-dash", ".hidden", "semi;colon", "quote'", "ü", "x".repeat(129)}) {
                assertThatThrownBy(() -> r.add(bad, Sources.csv("/x.csv"))).as(bad).isInstanceOf(ConfigurationException.class)
                        .hasMessageContaining("letters, digits")
                        .satisfies(e -> assertThat(((KimballException) e).code()).isEqualTo("SOURCE_NAME"));
            }
            assertThatThrownBy(() -> r.find(null)).hasMessageContaining("got null");
            assertThat(r.list()).extracting(NamedSource::name).containsExactly("sales", "stock.v2");
            return null;
        });
    }

    @Test
    void aLiteralSecretIsRefusedAndNothingIsWritten() {
        inSession(s -> {
            Source pg = Sources.postgres("jdbc:postgresql://db/shop").password(Secret.of("Literal-Pa55-value"));
            assertThatThrownBy(() -> s.sources().add("shop", pg)).isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("env:NAME or file:/path").hasMessageNotContaining("Literal-Pa55-value");
            assertThat(s.sources().list()).isEmpty();
            assertThat(s.sources().history("shop")).isEmpty();
            return null;
        });
    }

    @Test
    void everyBuiltInKindIsStoredAndReadBackEqual() {
        List<Source> kinds = SourceSpecsTest.everyKind();
        inSession(s -> {
            for (int i = 0; i < kinds.size(); i++) {
                s.sources().add("k" + i, kinds.get(i));
            }
            return null;
        });
        inSession(s -> {
            for (int i = 0; i < kinds.size(); i++) {
                assertThat(s.sources().get("k" + i)).as(kinds.get(i).toString()).isEqualTo(kinds.get(i));
            }
            assertThat(s.sources().list()).hasSize(kinds.size());
            return null;
        });
    }

    @Test
    void aNamedSourceLoadsLikeTheSourceItself() throws IOException {
        Path orders = csv("orders.csv", "order_id,total\n1,10\n2,20\n3,30\n");
        inSession(s -> s.sources().add("orders", Sources.csv(orders)));
        LoadReport r = inSession(s -> s.acquire(s.sources().get("orders")).toBronze().run());
        assertThat(r.rowsLoaded()).isEqualTo(3);
        assertThat(r.tables()).singleElement().satisfies(t -> assertThat(t.table()).isEqualTo(TableRef.bronze("orders")));
        long rows = inSession(s -> TestingSessions.warehouse(s).queryLong("SELECT count(*) FROM "
                + TestingSessions.warehouse(s).dialect().table(TableRef.bronze("orders"))));
        assertThat(rows).isEqualTo(3);
    }

    @Test
    void testReportsWhatItFoundOrWhatIsWrongWithoutThrowing() throws IOException {
        csv("a.csv", "x\n1\n");
        csv("b.csv", "x\n2\n");
        Files.createDirectories(tmp.resolve("notes"));
        Files.writeString(tmp.resolve("notes/readme.md"), "# notes\n");
        inSession(s -> {
            SourceRegistry r = s.sources();
            r.add("both", Sources.csv(tmp + "/*.csv"));
            r.add("one", Sources.files(tmp.resolve("a.csv").toString()));
            r.add("missing", Sources.csv(tmp.resolve("nope.csv")));
            r.add("no_match", Sources.csv(tmp + "/*.tsv"));
            r.add("no_csv", Sources.csv(tmp.resolve("notes")));
            r.add("unknown_ext", Sources.files(tmp.resolve("notes").toString()));

            SourceCheck both = r.test("both");
            assertThat(both.ok()).as(both.message()).isTrue();
            assertThat(both.code()).isEqualTo("OK");
            assertThat(both.message()).isEqualTo("2 files: a.csv, b.csv");
            assertThat(both.elapsed()).isPositive();
            assertThat(r.test("one").message()).isEqualTo("1 file: a.csv");

            SourceCheck missing = r.test("missing");
            assertThat(missing.ok()).isFalse();
            assertThat(missing.code()).isEqualTo("SOURCE_NOT_FOUND");
            assertThat(missing.message()).contains("nope.csv", "does not exist");
            assertThat(r.test("no_match").message()).contains("matches no file");
            assertThat(r.test("no_csv").message()).contains("holds no", "*.csv");
            SourceCheck ext = r.test("unknown_ext");
            assertThat(ext.code()).isEqualTo("SOURCE_FORMAT");
            assertThat(ext.message()).contains("readme.md");
            return null;
        });
    }

    @Test
    void aTestThatDoesNotAnswerInTimeIsReportedAsATimeout() {
        inSession(s -> {
            MetadataStore m = new MetadataStore(TestingSessions.warehouse(s));
            WarehouseSourceRegistry r = new WarehouseSourceRegistry(m, source -> {
                try {
                    Thread.sleep(5_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "late";
            }, java.time.Duration.ofMillis(200));
            r.add("slow", Sources.csv("/data/slow.csv"));
            SourceCheck c = r.test("slow");
            assertThat(c.ok()).isFalse();
            assertThat(c.code()).isEqualTo("SOURCE_TIMEOUT");
            assertThat(c.message()).contains("csv:/data/slow.csv", "no answer within");
            assertThat(c.elapsed()).isLessThan(java.time.Duration.ofSeconds(3));
            return null;
        });
    }

    @Test
    void anOlderWarehousesPerUnitSourcesTableBecomesSourceUnits() {
        TableDef old = new TableDef(TableRef.metadata("sources"), List.of(ColumnDef.required("source", ColumnType.STRING),
                ColumnDef.required("kind", ColumnType.STRING), ColumnDef.required("location", ColumnType.STRING),
                ColumnDef.required("bronze_table", ColumnType.STRING), ColumnDef.required("updated_at", ColumnType.TIMESTAMP),
                ColumnDef.required(TableDef.VERSION, ColumnType.INT64), ColumnDef.required(TableDef.IS_DELETED, ColumnType.BOOLEAN)),
                TableKind.VERSIONED, List.of("source"));
        inSession(s -> {
            Warehouse w = TestingSessions.warehouse(s);
            for (TableDef t : List.of(MetadataTables.SOURCES, MetadataTables.SOURCE_UNITS)) {
                w.execute(w.dialect().dropTable(t.table()));
            }
            w.createTable(old);
            new MetadataStore(w).upsert(old, List.<Object[]>of(new Object[] {"/data/a.csv", "csv", "csv:/data/a.csv", "a", Instant.now()}));
            return null;
        });
        inSession(s -> {
            Warehouse w = TestingSessions.warehouse(s);
            MetadataStore m = new MetadataStore(w);
            assertThat(m.read(MetadataTables.SOURCE_UNITS, null)).singleElement()
                    .satisfies(row -> assertThat(row.get("bronze_table")).isEqualTo("a"));
            assertThat(w.columns(MetadataTables.SOURCES.table())).containsExactlyElementsOf(MetadataTables.SOURCES.columnNames());
            s.sources().add("after", Sources.csv("/data/a.csv"));
            assertThat(s.sources().list()).extracting(NamedSource::name).containsExactly("after");
            return null;
        });
    }
}
