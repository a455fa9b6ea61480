package dev.kimball.core.discover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.kimball.api.ConfigurationException;
import dev.kimball.api.KimballSession;
import dev.kimball.api.LogicalType;
import dev.kimball.api.Sources;
import dev.kimball.api.TableRef;
import dev.kimball.api.catalog.Catalog;
import dev.kimball.api.catalog.CatalogChange;
import dev.kimball.api.catalog.CatalogColumn;
import dev.kimball.api.catalog.CatalogTable;
import dev.kimball.api.catalog.Quality;
import dev.kimball.core.TestingClickHouse;
import dev.kimball.core.TestingSessions;
import dev.kimball.core.metadata.MetadataTables;
import dev.kimball.spi.Warehouse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The catalog through the public API on every warehouse: quality scores computed from exact counts the generator
 * knows, recommendations naming the bad values, renames that keep the originals, type overrides that are learned,
 * history, and rediscovery that keeps every edit. Tests run in order: later ones build on earlier edits.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class CatalogContractTest {
    private static final int ROWS = 400;
    private KimballSession session;
    private Warehouse warehouse;

    protected abstract KimballSession openSession();

    @BeforeAll
    void load() throws IOException {
        session = openSession();
        warehouse = TestingSessions.warehouse(session);
        Path dir = Files.createTempDirectory("kimball-catalog");
        StringBuilder customers = new StringBuilder("Customer ID,Full Name,E-mail,Signup,Phone,Balance,Zip\n");
        for (int i = 1; i <= ROWS; i++) {
            String signup = i % 100 == 0 ? (i == 100 ? "N/A" : i == 200 ? "tbd" : "soon") // 4 bad: 100,200,300,400
                    : String.format(Locale.ROOT, "%02d/%02d/2023", i % 28 + 1, i % 12 + 1);
            String email = i % 10 == 0 ? "" : "user" + i + "@example.com"; // 40 empty
            String phone = i % 4 == 0 ? String.format(Locale.ROOT, "(555) %03d-%04d", i % 1000, i) // 100 in another form
                    : String.format(Locale.ROOT, "555-%03d-%04d", i % 1000, i);
            customers.append(i).append(",Person ").append(i).append(',').append(email).append(',').append(signup).append(',')
                    .append(phone).append(',').append(String.format(Locale.ROOT, "%.2f", i * 1.25)).append(',')
                    .append(String.format(Locale.ROOT, "%05d", 1000 + i)).append('\n');
        }
        Files.writeString(dir.resolve("customers.csv"), customers, StandardCharsets.UTF_8);
        StringBuilder events = new StringBuilder("kind,value\n");
        for (int i = 0; i < 50; i++) {
            events.append(i % 5 == 0 ? "click,1" : "view," + i).append('\n'); // "click,1" 10 times: 9 duplicates
        }
        Files.writeString(dir.resolve("events.csv"), events, StandardCharsets.UTF_8);
        session.acquire(Sources.csv(dir.resolve("customers.csv")), Sources.csv(dir.resolve("events.csv"))).toBronze().run();
    }

    @AfterAll
    void close() {
        TestingClickHouse.dropNamespaceAndClose(session);
    }

    @Test
    @Order(1)
    void catalogIsEmptyBeforeDiscover() {
        assertThat(session.catalog().tables()).isEmpty();
        assertThatThrownBy(() -> session.catalog().table("customers")).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("run discover first");
    }

    @Test
    @Order(2)
    void qualityScoresReflectExactCounts() {
        Catalog catalog = session.discover().analyze();
        assertThat(catalog.tables()).extracting(CatalogTable::name).containsExactly("customers", "events");
        CatalogTable customers = catalog.table("customers");
        assertThat(customers.rows()).isEqualTo(ROWS);
        assertThat(customers.duplicateRows()).isZero();
        assertThat(customers.columns()).extracting(CatalogColumn::name)
                .containsExactly("customer_id", "full_name", "e_mail", "signup", "phone", "balance", "zip");
        assertThat(customers.column("E-mail").bronzeName()).isEqualTo("e_mail");
        assertThat(customers.column("e_mail").sourceName()).isEqualTo("E-mail");

        CatalogColumn email = customers.column("e_mail");
        assertThat(email.quality().completeness()).isCloseTo(360.0 / ROWS, within(1e-9));
        assertThat(email.recommendations()).anyMatch(r -> r.contains("40 of 400 rows (10.0%) have no value in `e_mail`"));

        CatalogColumn signup = customers.column("signup");
        assertThat(signup.type().type()).isEqualTo(LogicalType.DATE);
        assertThat(signup.type().format().pattern()).isEqualTo("dd/MM/yyyy");
        // 'N/A' is a null token: 399 values, of which 'tbd' and 'soon' (twice) are not dates
        assertThat(signup.quality().completeness()).isCloseTo(399.0 / ROWS, within(1e-9));
        assertThat(signup.quality().validity()).as(signup.type().reason()).isCloseTo(396.0 / 399, within(1e-9));
        assertThat(signup.recommendations()).anyMatch(r -> r.startsWith("3 values in `signup` are not dates (dd/MM/yyyy), e.g. 'soon', 'tbd'"));

        CatalogColumn phone = customers.column("phone");
        assertThat(phone.quality().consistency()).isCloseTo(300.0 / ROWS, within(1e-9));
        assertThat(phone.recommendations()).anyMatch(r -> r.contains("`phone` is written in several forms: only 75.0%"));

        CatalogColumn name = customers.column("full_name");
        assertThat(name.quality().consistency()).as("'Person 12' is one shape").isEqualTo(1.0);
        assertThat(name.quality().uniqueness()).isEqualTo(1.0);
        assertThat(customers.column("zip").type().type()).isEqualTo(LogicalType.STRING);
        assertThat(customers.column("balance").role()).isEqualTo("measure");
        assertThat(signup.role()).isEqualTo("date");

        assertThat(customers.primaryKey()).containsExactly("customer_id");
        assertThat(customers.keyKind()).isEqualTo("surrogate");
        assertThat(customers.column("customer_id").role()).isEqualTo("key");
        CatalogTable events = catalog.table("events");
        assertThat(events.primaryKey()).as("duplicate rows: no key").isEmpty();
        assertThat(events.duplicateRows()).isEqualTo(9);
        assertThat(events.quality().uniqueness()).isCloseTo(41.0 / 50, within(1e-9));
        assertThat(events.recommendations()).anyMatch(r -> r.startsWith("9 of 50 rows in events repeat"));
        for (CatalogTable t : catalog.tables()) {
            inUnitRange(t.quality());
            t.columns().forEach(c -> inUnitRange(c.quality()));
        }
        assertThat(customers.history()).extracting(CatalogChange::change).containsExactly("discovered");
    }

    @Test
    @Order(3)
    void renamingATableCarriesItsColumnsAndKeepsTheOriginal() {
        CatalogTable renamed = session.catalog().table("customers").rename("dim_customer");
        assertThat(renamed.name()).isEqualTo("dim_customer");
        assertThat(renamed.bronzeTable()).isEqualTo(TableRef.bronze("customers"));
        assertThat(session.catalog().table("customers").name()).as("found by bronze name").isEqualTo("dim_customer");
        List<java.util.Map<String, Object>> rows = warehouse.query("SELECT * FROM (" + warehouse.dialect().latest(MetadataTables.DISCOVER)
                + ") l WHERE " + warehouse.dialect().quote("bronze_table") + " = 'customers'");
        assertThat(rows).hasSize(7).allSatisfy(r -> assertThat(r.get("table_name")).isEqualTo("dim_customer"));
        assertThat(renamed.history()).extracting(CatalogChange::change).containsExactly("discovered", "renamed table customers -> dim_customer");
        assertThat(renamed.column("signup").history()).extracting(CatalogChange::table).containsExactly("customers", "dim_customer");
        assertThatThrownBy(() -> renamed.rename("events")).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("table 'events' already exists");
        assertThatThrownBy(() -> renamed.rename(" ")).isInstanceOf(ConfigurationException.class);
    }

    @Test
    @Order(4)
    void renamingAColumnKeepsTheBronzeAndSourceNames() {
        CatalogColumn c = session.catalog().table("dim_customer").column("e_mail").rename("email");
        assertThat(c.name()).isEqualTo("email");
        assertThat(c.bronzeName()).isEqualTo("e_mail");
        assertThat(c.sourceName()).isEqualTo("E-mail");
        assertThat(session.catalog().table("dim_customer").column("email").quality().completeness()).isCloseTo(0.9, within(1e-9));
        assertThatThrownBy(() -> session.catalog().table("dim_customer").column("phone").rename("email"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("already has a column 'email'");
        assertThat(c.history()).extracting(CatalogChange::change)
                .containsExactly("discovered", "renamed table customers -> dim_customer", "renamed column e_mail -> email");
    }

    @Test
    @Order(5)
    void overridingATypeRechecksEveryRowAndIsLearned() {
        CatalogColumn zip = session.catalog().table("dim_customer").column("zip").overrideType(LogicalType.INTEGER);
        assertThat(zip.typeOverridden()).isTrue();
        assertThat(zip.type().type()).isEqualTo(LogicalType.INTEGER);
        assertThat(zip.type().conforming()).isEqualTo(ROWS);
        assertThat(zip.quality().validity()).isEqualTo(1.0);
        assertThat(zip.history()).extracting(CatalogChange::change).last().asString().startsWith("type overridden: STRING -> INTEGER");
        assertThat(warehouse.queryLong("SELECT count(*) FROM (" + warehouse.dialect().latest(MetadataTables.CORRECTIONS)
                + ") l WHERE " + warehouse.dialect().quote("name_pattern") + " = 'zip'")).isEqualTo(1);

        CatalogColumn phone = session.catalog().table("dim_customer").column("phone").overrideType(LogicalType.INTEGER);
        assertThat(phone.quality().validity()).as("no phone number is a plain integer").isZero();
        assertThat(phone.recommendations()).anyMatch(r -> r.startsWith("400 values in `phone` are not whole numbers"));
        assertThatThrownBy(() -> session.catalog().table("dim_customer").column("full_name").overrideType(LogicalType.DATE))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("TypeFormat.temporal");
        session.catalog().table("dim_customer").column("phone").overrideType(LogicalType.STRING);
    }

    @Test
    @Order(6)
    void rediscoveryKeepsEveryEdit() {
        Catalog again = session.discover().analyze();
        CatalogTable t = again.table("dim_customer");
        assertThat(t.bronzeTable().name()).isEqualTo("customers");
        assertThat(t.column("email").bronzeName()).isEqualTo("e_mail");
        assertThat(t.column("zip").typeOverridden()).isTrue();
        assertThat(t.column("zip").type().type()).isEqualTo(LogicalType.INTEGER);
        assertThat(t.column("signup").typeOverridden()).isFalse();
        assertThat(t.history()).extracting(CatalogChange::change)
                .containsExactly("discovered", "renamed table customers -> dim_customer", "rediscovered");
        assertThat(again.table("events").name()).isEqualTo("events");
    }

    @Test
    @Order(7)
    void aDroppedBronzeTableLeavesTheCatalogOnTheNextFullDiscovery() {
        warehouse.execute(warehouse.dialect().dropTable(TableRef.bronze("events")));
        assertThat(session.catalog().tables()).extracting(CatalogTable::name).contains("events");
        Catalog after = session.discover().analyze();
        assertThat(after.tables()).extracting(CatalogTable::name).containsExactly("dim_customer");
        assertThat(warehouse.queryLong("SELECT count(*) FROM " + warehouse.dialect().table(MetadataTables.CATALOG_HISTORY.table())
                + " WHERE " + warehouse.dialect().quote("change") + " = 'removed: bronze table events no longer exists'")).isEqualTo(1);
        assertThat(after.table("dim_customer").column("email").bronzeName()).isEqualTo("e_mail");
    }

    private static void inUnitRange(Quality q) {
        for (double v : new double[] {q.completeness(), q.validity(), q.uniqueness(), q.consistency(), q.score()}) {
            assertThat(v).isBetween(0.0, 1.0);
        }
    }
}
