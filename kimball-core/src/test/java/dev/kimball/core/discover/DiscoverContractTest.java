package dev.kimball.core.discover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kimball.api.InferredType;
import dev.kimball.api.KimballSession;
import dev.kimball.api.LogicalType;
import dev.kimball.api.Semantic;
import dev.kimball.api.Sources;
import dev.kimball.api.TableRef;
import dev.kimball.api.TypeFormat;
import dev.kimball.core.TestingClickHouse;
import dev.kimball.core.TestingSessions;
import dev.kimball.inference.TypeInference;
import dev.kimball.spi.Warehouse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Profiling and full-column conformance of a generated CSV loaded through the public API, on every warehouse: the
 * exact counts come from the generator, and a bad date outside most samples lowers the confidence of the column.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DiscoverContractTest {
    private static final int ROWS = 1_000;
    private static final int SAMPLE = 100;
    private static final int BAD_DATE_ROW = 777;

    private KimballSession session;
    private Warehouse warehouse;
    private final TypeInference inference = TypeInference.create();
    private final Map<String, List<String>> generated = new LinkedHashMap<>();
    private TableRef table;

    protected abstract KimballSession openSession();

    @BeforeAll
    void load() throws IOException {
        session = openSession();
        warehouse = TestingSessions.warehouse(session);
        for (String c : List.of("id", "signup", "amount", "pct", "created", "active", "qty", "note", "zip")) {
            generated.put(c, new ArrayList<>());
        }
        StringBuilder csv = new StringBuilder(String.join(",", generated.keySet())).append('\n');
        for (int i = 1; i <= ROWS; i++) {
            String[] row = {
                Integer.toString(i),
                i == BAD_DATE_ROW ? "31/02/2023" : String.format(Locale.ROOT, "%02d/%02d/2023", i % 28 + 1, i % 12 + 1),
                i % 50 == 0 ? String.format(Locale.ROOT, "($%,.2f)", i * 13.37) : String.format(Locale.ROOT, "$%,.2f", i * 13.37),
                String.format(Locale.ROOT, "%d.%d%%", i % 100, i % 10),
                String.format(Locale.ROOT, "2024-01-%02dT%02d:%02d:00Z", i % 28 + 1, i % 24, i % 60),
                i % 2 == 0 ? "yes" : "no",
                i % 100 == 0 ? "N/A" : Integer.toString(i % 37),
                i % 250 == 0 ? "" : "note number " + i,
                String.format(Locale.ROOT, "%05d", i * 7 % 100_000)
            };
            int k = 0;
            for (List<String> col : generated.values()) {
                col.add(row[k]);
                csv.append(k == 0 ? "" : ",").append('"').append(row[k++]).append('"');
            }
            csv.append('\n');
        }
        Path file = Files.createTempDirectory("kimball-discover-csv").resolve("customers.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        table = session.acquire(Sources.csv(file)).toBronze().run().table("customers").table();
    }

    @AfterAll
    void close() {
        TestingClickHouse.dropNamespaceAndClose(session);
    }

    @Test
    void profileCountsAreExact() {
        TableProfile p = new TableProfiler(warehouse, inference, SAMPLE, 3).profile(table);
        assertThat(p.rows()).isEqualTo(ROWS);
        assertThat(p.sampleRows()).isEqualTo(SAMPLE);
        assertThat(p.columns()).extracting(ColumnProfile::column).containsExactlyElementsOf(generated.keySet());
        for (Map.Entry<String, List<String>> e : generated.entrySet()) {
            ColumnProfile c = p.column(e.getKey());
            List<String> values = e.getValue();
            assertThat(c.rows()).as(e.getKey()).isEqualTo(ROWS);
            assertThat(c.nulls() + c.blanks()).as(e.getKey() + " nulls+blanks")
                    .isEqualTo(values.stream().filter(String::isBlank).count());
            List<String> stored = values.stream().filter(v -> c.nulls() == 0 || !v.isEmpty()).toList();
            assertThat(c.distinct()).as(e.getKey()).isEqualTo(new HashSet<>(stored).size());
            assertThat(c.minLength()).as(e.getKey()).isEqualTo(stored.stream().mapToInt(String::length).min().orElse(0));
            assertThat(c.maxLength()).as(e.getKey()).isEqualTo(stored.stream().mapToInt(String::length).max().orElse(0));
            assertThat(c.top()).as(e.getKey()).isEqualTo(top(stored, 3));
        }
        // figures that do not depend on the generator code above
        assertThat(p.column("id").distinct()).isEqualTo(1_000);
        assertThat(p.column("id").maxLength()).isEqualTo(4);
        assertThat(p.column("active").top()).containsExactly(new ValueCount("no", 500), new ValueCount("yes", 500));
        assertThat(p.column("qty").top().get(0)).isEqualTo(new ValueCount("0", 27));
        assertThat(p.column("note").nulls() + p.column("note").blanks()).isEqualTo(4);
        assertThat(p.column("signup").distinct()).isEqualTo(85);
    }

    @Test
    void oneAggregationOfDistinctValuesGivesExactlyTheNumbersOfTheSeparateScans() {
        TableProfiler profiler = new TableProfiler(warehouse, inference, SAMPLE, 3);
        TableProfile p = profiler.profile(table);
        ConformanceCheck check = new ConformanceCheck(warehouse, inference);
        List<ColumnConformance> separate = check.check(p);
        ColumnScan.Result scan = ColumnScan.scan(warehouse, check, table, new ArrayList<>(generated.keySet()), p.inferred());
        assertThat(scan.rows()).isEqualTo(ROWS);
        assertThat(scan.conformance()).isEqualTo(separate);
        assertThat(separate).anySatisfy(c -> assertThat(c.nonConforming()).isPositive());
        for (int i = 0; i < p.columns().size(); i++) {
            ColumnProfile c = p.columns().get(i);
            assertThat(scan.stats().get(i)).as(c.column())
                    .containsExactly(c.nulls(), c.blanks(), c.distinct(), c.minLength(), c.maxLength());
        }
        // and the path the engine uses for discovery gives the same profile
        TableProfiler.ProfiledTable both = profiler.profileAndCheck(table, check, types -> types);
        assertThat(both.profile()).isEqualTo(p);
        assertThat(both.conformance()).isEqualTo(separate);
    }

    @Test
    void inferredTypesAreValidatedOnTheFullColumn() {
        TableProfile p = new TableProfiler(warehouse, inference, SAMPLE, 3).profile(table);
        Map<String, ColumnConformance> byColumn = new LinkedHashMap<>();
        for (ColumnConformance c : new ConformanceCheck(warehouse, inference).check(p)) {
            byColumn.put(c.column(), c);
        }
        ColumnConformance signup = byColumn.get("signup");
        assertThat(signup.checked().type()).isEqualTo(LogicalType.DATE);
        assertThat(signup.checked().format().pattern()).isEqualTo("dd/MM/yyyy");
        assertThat(signup.checked().nonNull()).isLessThanOrEqualTo(SAMPLE);
        assertThat(signup.nonNull()).isEqualTo(1_000);
        assertThat(signup.conforming()).isEqualTo(999);
        assertThat(signup.nonConforming()).isEqualTo(1);
        assertThat(signup.examples()).containsExactly("31/02/2023");
        InferredType date = signup.revalidated();
        assertThat(date.type()).isEqualTo(LogicalType.DATE);
        assertThat(date.confidence()).isEqualTo(0.999);
        assertThat(date.conforming()).isEqualTo(999);
        assertThat(date.nonConformingExamples()).containsExactly("31/02/2023");

        expectFull(byColumn.get("id"), LogicalType.INTEGER, 0, 1_000);
        ColumnConformance amount = byColumn.get("amount");
        assertThat(amount.checked().format().currency()).isEqualTo("$");
        if (amount.checked().format().accountingNegatives()) {
            expectFull(amount, LogicalType.DECIMAL, 0, 1_000);
        } else {
            // the sample missed all 20 "($...)" values: the full column exposes them
            assertThat(amount.conforming()).isEqualTo(980);
            assertThat(amount.examples()).allMatch(v -> v.startsWith("($"));
            assertThat(amount.revalidated().type()).isEqualTo(LogicalType.DECIMAL);
            assertThat(amount.revalidated().confidence()).isEqualTo(0.98);
        }
        expectFull(byColumn.get("pct"), LogicalType.DECIMAL, 0, 1_000);
        assertThat(byColumn.get("pct").checked().format().percent()).isNotEqualTo(TypeFormat.PercentScale.NONE);
        expectFull(byColumn.get("created"), LogicalType.TIMESTAMP, 0, 1_000);
        expectFull(byColumn.get("active"), LogicalType.BOOLEAN, 0, 1_000);
        expectFull(byColumn.get("qty"), LogicalType.INTEGER, 10, 990);
        assertThat(byColumn.get("zip").revalidated().type()).isEqualTo(LogicalType.STRING);
        assertThat(byColumn.get("zip").revalidated().semantic()).isEqualTo(Semantic.IDENTIFIER);
        assertThat(byColumn.get("note").revalidated().type()).isEqualTo(LogicalType.STRING);
        assertThat(byColumn.get("note").nulls()).isEqualTo(4);
    }

    @Test
    void aTypeThatFailsOnTheFullColumnBecomesString() {
        TableProfile p = new TableProfiler(warehouse, inference, SAMPLE, 3).profile(table);
        List<InferredType> forced = new ArrayList<>();
        for (InferredType t : p.inferred()) {
            // claim the free-text column is an integer, as a misleading sample could
            forced.add(t.column().equals("note")
                    ? TestingTypes.typed("note", LogicalType.INTEGER, 0, 0, TypeFormat.number('.', '\0')) : t);
        }
        TableProfile misled = new TableProfile(p.table(), p.rows(), p.sampleRows(), p.columns(), forced);
        ColumnConformance note = new ConformanceCheck(warehouse, inference).check(misled).stream()
                .filter(c -> c.column().equals("note")).findFirst().orElseThrow();
        assertThat(note.nonNull()).isEqualTo(996);
        assertThat(note.conforming()).isZero();
        assertThat(note.revalidated().type()).isEqualTo(LogicalType.STRING);
        assertThat(note.revalidated().confidence()).isEqualTo(1.0);
        assertThat(note.revalidated().reason()).contains("only 0 of 996");
    }

    @Test
    void columnNamesThatNeedQuotingOrClashWithAliases() throws IOException {
        Path file = Files.createTempDirectory("kimball-discover-names").resolve("odd_names.csv");
        Files.writeString(file, "i,v,n,r,z0,\"we\"\"ird; col\"\n"
                + "1,x,2024-01-01,r1,yes,a\n2,x,2024-01-02,r2,no,b\n3,y,,r3,yes,c\n", StandardCharsets.UTF_8);
        TableRef odd = session.acquire(Sources.csv(file)).toBronze().run().table("odd_names").table();
        TableProfile p = new TableProfiler(warehouse, inference).profile(odd);
        assertThat(p.rows()).isEqualTo(3);
        assertThat(p.columns()).hasSize(6);
        ColumnProfile v = p.columns().get(1);
        assertThat(v.distinct()).isEqualTo(2);
        assertThat(v.top()).containsExactly(new ValueCount("x", 2), new ValueCount("y", 1));
        assertThat(p.columns().get(3).distinct()).isEqualTo(3);
        assertThat(p.columns().get(3).maxLength()).isEqualTo(2);
        ColumnProfile weird = p.columns().get(5);
        assertThat(weird.column()).contains("ird");
        assertThat(weird.distinct()).isEqualTo(3);
        assertThat(p.inferred().get(0).type()).isEqualTo(LogicalType.INTEGER);
        assertThat(p.inferred().get(2).type()).isEqualTo(LogicalType.DATE);
        List<ColumnConformance> checked = new ConformanceCheck(warehouse, inference).check(p);
        assertThat(checked.get(0).conforming()).isEqualTo(3);
        assertThat(checked.get(2).nulls()).isEqualTo(1);
        assertThat(checked.get(2).conforming()).isEqualTo(2);
        assertThat(checked.get(4).revalidated().type()).isEqualTo(LogicalType.BOOLEAN);
        assertThat(checked.get(4).conforming()).isEqualTo(3);
    }

    @Test
    void aMissingTableIsNamedInTheError() {
        TableRef missing = TableRef.bronze("no_such_table");
        assertThatThrownBy(() -> new TableProfiler(warehouse, inference).profile(missing))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no_such_table").hasMessageContaining("load it to bronze first");
    }

    @Test
    void anEmptyTableProfilesToZeros() throws IOException {
        Path file = Files.createTempDirectory("kimball-discover-empty").resolve("empty_rows.csv");
        Files.writeString(file, "a,b\n", StandardCharsets.UTF_8);
        TableRef empty = session.acquire(Sources.csv(file)).toBronze().run().table("empty_rows").table();
        TableProfile p = new TableProfiler(warehouse, inference).profile(empty);
        assertThat(p.rows()).isZero();
        assertThat(p.sampleRows()).isZero();
        assertThat(p.columns()).extracting(ColumnProfile::column).containsExactly("a", "b");
        assertThat(p.columns()).allSatisfy(c -> {
            assertThat(c.distinct()).isZero();
            assertThat(c.maxLength()).isZero();
            assertThat(c.top()).isEmpty();
        });
        assertThat(p.inferred()).allSatisfy(t -> assertThat(t.confidence()).isZero());
        assertThat(new ConformanceCheck(warehouse, inference).check(p)).allSatisfy(c -> assertThat(c.nonNull()).isZero());
    }

    private static void expectFull(ColumnConformance c, LogicalType type, long nulls, long conforming) {
        assertThat(c.revalidated().type()).as(c.column() + " " + c.revalidated().reason()).isEqualTo(type);
        assertThat(c.nulls()).as(c.column()).isEqualTo(nulls);
        assertThat(c.conforming()).as(c.column() + " examples " + c.examples()).isEqualTo(conforming);
        assertThat(c.nonConforming()).as(c.column()).isZero();
        assertThat(c.revalidated().confidence()).as(c.column()).isEqualTo(1.0);
    }

    /** The k most frequent values, most frequent first, ties by value (as the SQL orders them). */
    private static List<ValueCount> top(List<String> values, int k) {
        Map<String, Long> counts = new TreeMap<>();
        values.forEach(v -> counts.merge(v, 1L, Long::sum));
        return counts.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(k).map(e -> new ValueCount(e.getKey(), e.getValue())).toList();
    }
}
