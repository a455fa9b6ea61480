package dev.kimball.benchmarks.inference;

import dev.kimball.api.InferredType;
import dev.kimball.inference.TypeInference;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Values per second of type inference on one core, over eight typical columns of {@value #ROWS} values each (the
 * default sample size, so every value is scanned): integers, decimals, ISO dates, day-first dates, timestamps,
 * booleans, currency amounts, and text. {@code scan}: cache disabled, every call scans; {@code cached}: the cache
 * answers (fingerprint only). Scores are values per second ({@code @OperationsPerInvocation}).
 * <p>Run: {@code java -cp <benchmarks classpath> org.openjdk.jmh.Main InferenceBenchmark -f 1 -wi 2 -i 3}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class InferenceBenchmark {
    static final int ROWS = 10_000;
    static final int COLUMNS = 8;

    private final List<List<String>> columns = new ArrayList<>();
    private final String[] names = {"quantity", "price", "order_date", "ship_date", "updated_at", "is_active", "amount", "comment"};
    private TypeInference scanning;
    private TypeInference caching;

    @Setup
    public void setup() {
        Random r = new Random(7);
        add(i -> String.valueOf(r.nextInt(100_000)));
        add(i -> String.format(Locale.ROOT, "%.2f", r.nextInt(1_000_000) / 100.0));
        add(i -> String.format(Locale.ROOT, "%04d-%02d-%02d", 2000 + r.nextInt(25), 1 + r.nextInt(12), 1 + r.nextInt(28)));
        add(i -> String.format(Locale.ROOT, "%02d/%02d/%04d", 1 + r.nextInt(28), 1 + r.nextInt(12), 2000 + r.nextInt(25)));
        add(i -> String.format(Locale.ROOT, "2024-%02d-%02d %02d:%02d:%02d", 1 + r.nextInt(12), 1 + r.nextInt(28),
                r.nextInt(24), r.nextInt(60), r.nextInt(60)));
        add(i -> r.nextBoolean() ? "true" : "false");
        add(i -> String.format(Locale.US, "$%,.2f", r.nextInt(10_000_000) / 100.0));
        add(i -> "customer " + r.nextInt(1000) + " asked about order");
        scanning = TypeInference.builder().cacheSize(0).build();
        caching = TypeInference.builder().build();
    }

    private void add(IntFunction<String> gen) {
        List<String> c = new ArrayList<>(ROWS);
        for (int i = 0; i < ROWS; i++) {
            c.add(gen.apply(i));
        }
        columns.add(c);
    }

    @Benchmark
    @OperationsPerInvocation(ROWS * COLUMNS)
    public void scan(Blackhole bh) {
        for (int i = 0; i < COLUMNS; i++) {
            InferredType t = scanning.infer(names[i], columns.get(i));
            bh.consume(t);
        }
    }

    @Benchmark
    @OperationsPerInvocation(ROWS * COLUMNS)
    public void cached(Blackhole bh) {
        for (int i = 0; i < COLUMNS; i++) {
            bh.consume(caching.infer(names[i], columns.get(i)));
        }
    }

    /** Prints the inferred types of the benchmark columns (to check the benchmark measures real work). */
    public static void main(String[] args) {
        InferenceBenchmark b = new InferenceBenchmark();
        b.setup();
        for (int i = 0; i < COLUMNS; i++) {
            InferredType t = b.scanning.infer(b.names[i], b.columns.get(i));
            System.out.printf(Locale.ROOT, "%-12s %-14s %-45s %.3f%n", b.names[i], t.typeName(), t.format().describe(), t.confidence());
        }
    }
}
