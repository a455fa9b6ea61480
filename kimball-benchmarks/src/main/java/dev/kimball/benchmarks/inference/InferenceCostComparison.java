package dev.kimball.benchmarks.inference;

import dev.kimball.api.InferredType;
import dev.kimball.api.Kimball;
import dev.kimball.api.KimballSession;
import dev.kimball.api.LoadReport;
import dev.kimball.api.Source;
import dev.kimball.api.Sources;
import dev.kimball.benchmarks.load.SalesCsv;
import dev.kimball.core.source.SourceProviders;
import dev.kimball.inference.TableInference;
import dev.kimball.inference.TypeInference;
import dev.kimball.spi.RecordReader;
import dev.kimball.spi.SourceRecord;
import dev.kimball.spi.SourceUnit;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The cost of type inference relative to loading the same file into bronze (the target: at most 5%; DuckDB's
 * CSV sniffer costs about 4% of its load). One generated CSV, one run, trials alternating between:
 * <ol>
 *   <li><b>load</b>: {@code Kimball.embedded(tmp).acquire(Sources.csv(f)).toBronze().run()} into a fresh DuckDB file;</li>
 *   <li><b>read</b>: the file's records through the connector and nothing else (what (b) and (c) pay before inferring);</li>
 *   <li><b>(b) sampled</b>: read + a {@link TableInference} with the engine's defaults (first 1,000 values and a
 *       seeded reservoir of 9,000 of the rest per column), a fresh engine each trial so its cache cannot help;</li>
 *   <li><b>(c) all values</b>: read + inference examining every value (sample size = row count);</li>
 *   <li><b>(b') and (c') in memory</b>: the same inferences fed from rows already in memory: the inference's own
 *       CPU, i.e. what it would add if it ran on the rows the loader already reads.</li>
 * </ol>
 * Each is reported as a median of wall time and of this process's CPU time (all threads, DuckDB's native ones
 * included): on a shared machine the CPU time is the steadier measure of cost. Trial 0 warms the JIT up and is not counted. Each inference's result is checked against the file's known types, so a
 * broken inference cannot look fast.
 * <p>Run: {@code java -cp kimball-benchmarks/target/benchmarks.jar dev.kimball.benchmarks.inference.InferenceCostComparison
 * [rows=1000000] [trials=5]}
 */
public final class InferenceCostComparison {
    private static final List<String> EXPECTED = List.of("INTEGER", "TIMESTAMP", "STRING", "STRING", "STRING", "INTEGER",
            "DECIMAL", "STRING");

    private InferenceCostComparison() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int trials = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path dir = Files.createTempDirectory("kimball-infer-cost");
        Path csv = SalesCsv.write(dir.resolve("sales.csv"), rows);
        System.out.printf("file: %s, %,d rows x %d columns, %.1f MB; %d counted trials each (+1 warm-up), alternating; %d cores, max heap %,d MB%n",
                csv, rows, EXPECTED.size(), Files.size(csv) / 1e6, trials, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        Source source = Sources.csv(csv);
        List<String[]> inMemory = new ArrayList<>(rows);
        List<String> header = read(source, inMemory::add);

        Timings load = new Timings(), read = new Timings(), sampled = new Timings(), all = new Timings();
        Timings sampledMem = new Timings(), allMem = new Timings();
        for (int t = 0; t <= trials; t++) {
            boolean counted = t > 0;
            Path db = dir.resolve("bronze-" + t + ".duckdb");
            load.measure(counted, () -> {
                try (KimballSession k = Kimball.embedded(db)) {
                    LoadReport r = k.acquire(source).toBronze().run();
                    check(r.rowsLoaded() == rows, "load loaded " + r.rowsLoaded() + " rows, expected " + rows);
                }
            });
            deleteDuckDb(db);

            long[] count = new long[1];
            read.measure(counted, () -> read(source, r -> count[0] += r.length));
            check(count[0] == (long) rows * EXPECTED.size(), "read " + count[0] + " values");

            infer(sampled, counted, rows, TypeInference.create(), header, r -> read(source, r), 10_000);
            infer(all, counted, rows, everyValue(rows), header, r -> read(source, r), rows);
            infer(sampledMem, counted, rows, TypeInference.create(), header, r -> inMemory.forEach(r), 10_000);
            infer(allMem, counted, rows, everyValue(rows), header, r -> inMemory.forEach(r), rows);
            System.out.printf("  trial %d%s wall (cpu) s: load %.2f (%.2f), read %.2f (%.2f), (b) %.2f (%.2f), (c) %.2f (%.2f), "
                    + "(b') %.2f (%.2f), (c') %.2f (%.2f)%n", t, counted ? "" : " (warm-up)", load.lastWall, load.lastCpu,
                    read.lastWall, read.lastCpu, sampled.lastWall, sampled.lastCpu, all.lastWall, all.lastCpu,
                    sampledMem.lastWall, sampledMem.lastCpu, allMem.lastWall, allMem.lastCpu);
        }
        System.out.printf("%nmedians over %d trials (%,d rows; system load average now %.1f on %d cores: other processes share them)%n",
                trials, rows, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.println("wall = elapsed time; cpu = CPU time of this JVM process (all its threads, DuckDB's included), "
                + "which other processes on the machine disturb less");
        System.out.printf("%-46s %9s %8s %9s %8s%n", "", "wall s", "% of (a)", "cpu s", "% of (a)");
        row("(a)  bronze load, embedded DuckDB", load, load);
        row("     read through the connector only", read, load);
        row("(b)  read + sampled inference (default)", sampled, load);
        row("(c)  read + inference over all values", all, load);
        row("(b') sampled inference, rows in memory", sampledMem, load);
        row("(c') all-values inference, rows in memory", allMem, load);
        System.out.printf("inference part of (b) = (b) - read: wall %.1f%%, cpu %.1f%% of (a); of (c): wall %.1f%%, cpu %.1f%%%n",
                100 * (sampled.wall() - read.wall()) / load.wall(), 100 * (sampled.cpu() - read.cpu()) / load.cpu(),
                100 * (all.wall() - read.wall()) / load.wall(), 100 * (all.cpu() - read.cpu()) / load.cpu());
    }

    private static void row(String label, Timings t, Timings load) {
        System.out.printf("%-46s %9.3f %7.1f%% %9.3f %7.1f%%%n", label, t.wall(), 100 * t.wall() / load.wall(), t.cpu(),
                100 * t.cpu() / load.cpu());
    }

    private static TypeInference everyValue(int rows) {
        return TypeInference.builder().sampleSize(rows).headSize(Math.min(1_000, rows)).build();
    }

    /** Times feeding every row to a table inference and computing its results; checks the results outside the timing. */
    private static void infer(Timings timings, boolean counted, int rows, TypeInference engine, List<String> header,
                              Consumer<Consumer<String[]>> rowsOf, int expectedExamined) {
        List<List<InferredType>> out = new ArrayList<>(1);
        timings.measure(counted, () -> {
            TableInference table = engine.startTable(header);
            rowsOf.accept(table::accept);
            out.add(table.results());
        });
        List<InferredType> result = out.get(0);
        for (int i = 0; i < result.size(); i++) {
            InferredType t = result.get(i);
            check(t.type().name().equals(EXPECTED.get(i)), "column " + t.column() + " inferred " + t.typeName() + ", expected " + EXPECTED.get(i));
            check(t.sample().offered() == rows && t.sample().examined() == Math.min(expectedExamined, rows),
                    "column " + t.column() + " sample " + t.sample());
        }
    }

    /** Reads every record of every unit of the source through its connector; returns the header. */
    private static List<String> read(Source source, Consumer<String[]> rows) {
        List<String> header = null;
        for (SourceUnit unit : SourceProviders.discover().forSource(source).units(source)) {
            try (RecordReader reader = unit.open()) {
                header = reader.header();
                for (SourceRecord r = reader.next(); r != null; r = reader.next()) {
                    check(!r.isReject(), "unexpected reject at line " + r.line() + ": " + r.rejectReason());
                    rows.accept(r.values());
                }
            }
        }
        return header;
    }

    private static void deleteDuckDb(Path db) throws java.io.IOException {
        try (Stream<Path> files = Files.list(db.getParent())) {
            for (Path p : files.filter(p -> p.getFileName().toString().startsWith(db.getFileName().toString())).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException(what);
        }
    }

    /** Wall and process CPU durations of the counted trials, and of the last trial for the progress line. */
    private static final class Timings {
        private static final com.sun.management.OperatingSystemMXBean OS =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        private final List<Double> walls = new ArrayList<>();
        private final List<Double> cpus = new ArrayList<>();
        private double lastWall;
        private double lastCpu;

        void measure(boolean counted, Runnable work) {
            long c0 = OS.getProcessCpuTime();
            long t0 = System.nanoTime();
            work.run();
            lastWall = (System.nanoTime() - t0) / 1e9;
            lastCpu = (OS.getProcessCpuTime() - c0) / 1e9;
            if (counted) {
                walls.add(lastWall);
                cpus.add(lastCpu);
            }
        }

        double wall() {
            return median(walls);
        }

        double cpu() {
            return median(cpus);
        }

        private static double median(List<Double> values) {
            List<Double> s = new ArrayList<>(values);
            Collections.sort(s);
            int n = s.size();
            return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
        }
    }
}
