package dev.kimball.connector.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kimball.api.ConfigurationException;
import dev.kimball.spi.DeclaredKey;
import dev.kimball.spi.RecordReader;
import dev.kimball.spi.SourceRecord;
import dev.kimball.spi.SourceUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads after a cursor mark, one snapshot for the key ranges of a table, and declared keys through the SPI. */
class CursorAndSnapshotIT {
    private static TestingPostgres pg;
    private static TestingPostgres other;

    @BeforeAll
    static void createTables() {
        other = TestingPostgres.create();
        other.exec("CREATE TABLE elsewhere (id int PRIMARY KEY)");
        pg = TestingPostgres.create();
        pg.exec("CREATE TABLE t (id bigint PRIMARY KEY, amount float8, at timestamp, flag boolean, "
                        + "ref int CONSTRAINT t_elsewhere REFERENCES " + other.schema + ".elsewhere)",
                "INSERT INTO t SELECT g, g / 3.0, timestamp '2024-02-29 23:59:59.999999' - g * interval '1 day', g % 2 = 0, NULL "
                        + "FROM generate_series(1, 1000) g",
                "ANALYZE t");
    }

    @AfterAll
    static void dropSchemas() {
        pg.close();
        other.close();
    }

    private static PostgresSourceProvider provider(long splitRows) {
        return new PostgresSourceProvider(PostgresReadOptions.defaults().withSplit(splitRows, 16));
    }

    private static List<String> ids(RecordReader r) {
        List<String> ids = new ArrayList<>();
        for (SourceRecord rec = r.next(); rec != null; rec = r.next()) {
            ids.add(rec.values()[0]);
        }
        return ids;
    }

    @Test
    void aFloatCursorMarkIsExactAndReadsBackAsTheSameValue() {
        SourceUnit unit = provider(Long.MAX_VALUE).units(pg.source().tables("t").cursorColumn("amount")).get(0);
        assertThat(unit.cursor()).contains("amount");
        String mark;
        try (RecordReader r = unit.open()) {
            assertThat(r.cursorMark()).as("only known at the end").isEmpty();
            assertThat(ids(r)).hasSize(1000);
            mark = r.cursorMark().orElseThrow();
        }
        assertThat(mark).isEqualTo("333.3333333333333");
        try (RecordReader r = unit.openAfter(mark)) {
            assertThat(ids(r)).isEmpty();
            assertThat(r.cursorMark()).as("nothing past the mark").isEmpty();
        }
        try (RecordReader r = unit.openAfter("333.33")) {
            assertThat(ids(r)).containsExactly("1000");
        }
    }

    @Test
    void aTimestampCursorComparesAsTimestampsAndTheColumnNameFoldsToLowerCase() {
        SourceUnit unit = provider(Long.MAX_VALUE).units(pg.source().tables("t").cursorColumn("AT")).get(0);
        try (RecordReader r = unit.openAfter("2024-02-26 00:00:00")) {
            assertThat(ids(r)).containsExactlyInAnyOrder("1", "2", "3");
            assertThat(r.cursorMark()).contains("2024-02-28 23:59:59.999999");
        }
    }

    @Test
    void rangesImportOneSnapshotReleasedWhenAllWereReadOrOnRelease() {
        List<SourceUnit> units = provider(250).units(pg.source().tables("t").cursorColumn("id"));
        assertThat(units).hasSize(4);
        SharedSnapshot snapshot = ((PgTableUnit) units.get(0)).snapshot();
        List<String> ids = new ArrayList<>();
        List<String> marks = new ArrayList<>();
        for (SourceUnit u : units) {
            try (RecordReader r = u.openAfter("900")) {
                assertThat(snapshot.isOpen()).isTrue();
                ids.addAll(ids(r));
                marks.add(r.cursorMark().orElseThrow());
            }
            // written after the first range started: invisible to the others (rows of the last range, unbounded above)
            pg.exec("INSERT INTO t (id) SELECT g FROM generate_series(2001, 2010) g ON CONFLICT DO NOTHING");
        }
        assertThat(ids).hasSize(100).doesNotHaveDuplicates().doesNotContain("2001");
        assertThat(marks).containsOnly("1000");
        assertThat(snapshot.isOpen()).as("closed once every range was read").isFalse();

        // a new round (the rows written meanwhile are now visible); released before all ranges were read
        List<SourceUnit> again = provider(250).units(pg.source().tables("t"));
        SharedSnapshot second = ((PgTableUnit) again.get(0)).snapshot();
        try (RecordReader r = again.get(again.size() - 1).open()) {
            assertThat(ids(r)).contains("2001", "2010");
        }
        assertThat(second.isOpen()).isTrue();
        again.forEach(SourceUnit::release);
        assertThat(second.isOpen()).isFalse();
        pg.exec("DELETE FROM t WHERE id > 1000");
    }

    @Test
    void aCursorOfATypeThatDoesNotGrowIsRefused() {
        assertThatThrownBy(() -> provider(Long.MAX_VALUE).units(pg.source().tables("t").cursorColumn("flag")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("cursor column flag")
                .hasMessageContaining("has type boolean");
    }

    @Test
    void readingAfterAMarkNeedsACursor() {
        SourceUnit unit = provider(Long.MAX_VALUE).units(pg.source().tables("t")).get(0);
        assertThat(unit.cursor()).isEmpty();
        assertThatThrownBy(() -> unit.openAfter("1")).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("cursorColumn");
    }

    @Test
    void declaredKeysThroughTheSpiLeaveAReferenceOutsideTheSourceWithoutTable() {
        List<DeclaredKey> keys = provider(Long.MAX_VALUE).declaredKeys(pg.source());
        assertThat(keys).containsExactlyInAnyOrder(DeclaredKey.primaryKey("t", "t_pkey", List.of("id")),
                DeclaredKey.foreignKey("t", "t_elsewhere", List.of("ref"), null, List.of("id")));
    }
}
