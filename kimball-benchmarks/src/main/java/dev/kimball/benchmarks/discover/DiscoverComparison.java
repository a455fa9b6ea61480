package dev.kimball.benchmarks.discover;

import dev.kimball.api.Kimball;
import dev.kimball.api.KimballSession;
import dev.kimball.api.Sources;
import dev.kimball.api.TableRef;
import dev.kimball.api.catalog.Catalog;
import dev.kimball.api.catalog.CatalogTable;
import dev.kimball.core.TestingSessions;
import dev.kimball.core.discover.Discovery;
import dev.kimball.core.discover.TestingStarSchema;
import dev.kimball.core.metadata.MetadataStore;
import dev.kimball.spi.Dialect;
import dev.kimball.spi.Warehouse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Discover (profile + type inference + full-column validation + quality + keys + relationships + catalog write) on the
 * generated 14-table / 237-column star schema, against the warehouse's own one-pass column summary of the same tables
 * in the same run ({@code SUMMARIZE} on DuckDB; count, uniq, null count, min/max length per column on ClickHouse).
 * Alternating trials after one warm-up, medians. Also checks the result: every true primary key and relationship found.
 * <p>Run: {@code java -cp kimball-benchmarks/target/benchmarks.jar dev.kimball.benchmarks.discover.DiscoverComparison
 * [rows-per-fact=100000] [trials=3] [clickhouse=jdbc:clickhouse://127.0.0.1:8123|skip] [duckdb|skip]}
 */
public final class DiscoverComparison {
    private DiscoverComparison() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int trials = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String ch = args.length > 2 ? args[2] : "jdbc:clickhouse://127.0.0.1:8123";
        boolean duck = !(args.length > 3 && args[3].equals("skip"));
        TestingStarSchema schema = TestingStarSchema.wide(rows, 42);
        Path dir = Files.createTempDirectory("kimball-discover-bench");
        Path csv = Files.createDirectory(dir.resolve("csv"));
        schema.write(csv);
        System.out.printf(Locale.ROOT, "%d tables, %d columns, %,d rows per fact table; %d trials after a warm-up; %d cores%n",
                schema.tables().size(), schema.columnCount(), rows, trials, Runtime.getRuntime().availableProcessors());
        if (duck) {
            try (KimballSession k = Kimball.embedded(dir.resolve("bench.duckdb"))) {
                run("DuckDB", k, schema, csv, trials);
            }
        }
        if (!ch.equals("skip")) {
            try (KimballSession k = Kimball.connect(ch + "/bench_discover_" + Long.toHexString(System.nanoTime() & 0xffffff))) {
                try {
                    run("ClickHouse", k, schema, csv, trials);
                } finally {
                    Warehouse w = TestingSessions.warehouse(k);
                    for (String layer : List.of(TableRef.BRONZE, TableRef.SILVER, TableRef.GOLD, TableRef.METADATA)) {
                        for (TableRef t : w.tables(layer)) {
                            w.execute(w.dialect().dropTable(t));
                        }
                    }
                }
            }
        }
    }

    private static void run(String name, KimballSession k, TestingStarSchema schema, Path dir, int trials) {
        long l0 = System.nanoTime();
        long loaded = k.acquire(Sources.csv(dir)).toBronze().run().rowsLoaded();
        System.out.printf(Locale.ROOT, "%s: loaded %,d rows into bronze in %.1f s%n", name, loaded, (System.nanoTime() - l0) / 1e9);
        Warehouse w = TestingSessions.warehouse(k);
        Discovery discovery = new Discovery(w, new MetadataStore(w));
        List<Long> total = new ArrayList<>(), profile = new ArrayList<>(), relationships = new ArrayList<>(), summary = new ArrayList<>();
        Discovery.Run last = null;
        for (int t = 0; t <= trials; t++) {
            long s0 = System.nanoTime();
            summarize(w, k.bronzeTables());
            long s1 = System.nanoTime();
            last = discovery.run(k.discover());
            long s2 = System.nanoTime();
            if (t > 0) {
                summary.add(s1 - s0);
                total.add(s2 - s1);
                profile.add(last.profileNanos());
                relationships.add(last.relationshipNanos());
            }
        }
        Catalog c = last.catalog();
        int keysFound = 0;
        for (var e : schema.primaryKeys().entrySet()) {
            CatalogTable table = c.table(e.getKey());
            if (table.primaryKey().size() == e.getValue().size() && table.primaryKey().containsAll(e.getValue())) {
                keysFound++;
            }
        }
        long relFound = schema.relationships().stream().filter(tr -> c.relationships().stream().anyMatch(r -> r.fromTable().equals(tr.fromTable())
                && r.toTable().equals(tr.toTable()) && r.fromColumns().containsAll(tr.fromColumns()) && r.toColumns().containsAll(tr.toColumns()))).count();
        System.out.printf(Locale.ROOT, "%s: %d tables, %d columns; keys right %d/%d, relationships found %d/%d (%d reported)%n", name,
                last.tables(), last.columns(), keysFound, schema.primaryKeys().size(), relFound, schema.relationships().size(),
                c.relationships().size());
        System.out.printf(Locale.ROOT, "  warehouse column summary : %6.2f s%n", median(summary));
        System.out.printf(Locale.ROOT, "  KIMBALL discover (total) : %6.2f s   (%.1fx the summary; seed's figure: ~120 s)%n", median(total),
                median(total) / median(summary));
        System.out.printf(Locale.ROOT, "    profile, types, quality, keys : %6.2f s%n", median(profile));
        System.out.printf(Locale.ROOT, "    relationships                 : %6.2f s%n", median(relationships));
    }

    /** The warehouse's own per-column summary of every table: the floor of one profiling pass. */
    private static void summarize(Warehouse w, List<TableRef> tables) {
        Dialect d = w.dialect();
        for (TableRef t : tables) {
            if (w.kind().equals("duckdb")) {
                w.query("SUMMARIZE " + d.table(t));
            } else {
                StringBuilder sql = new StringBuilder("SELECT count()");
                for (String c : w.columns(t).stream().filter(c -> !c.startsWith("_kimball_")).toList()) {
                    String q = d.quote(c);
                    sql.append(", uniq(").append(q).append("), countIf(").append(q).append(" IS NULL), min(length(").append(q)
                            .append(")), max(length(").append(q).append("))");
                }
                w.query(sql.append(" FROM ").append(d.table(t)).toString());
            }
        }
    }

    private static double median(List<Long> nanos) {
        List<Long> s = new ArrayList<>(nanos);
        Collections.sort(s);
        return s.get(s.size() / 2) / 1e9;
    }
}
