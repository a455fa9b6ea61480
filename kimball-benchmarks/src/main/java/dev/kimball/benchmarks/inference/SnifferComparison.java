package dev.kimball.benchmarks.inference;

import dev.kimball.api.InferredType;
import dev.kimball.inference.NullTokens;
import dev.kimball.inference.TypeInference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The labelled corpus through KIMBALL's inference and through DuckDB's CSV sniffer ({@code read_csv} auto-detection,
 * in-process, no extension downloads), side by side. Each corpus column becomes a one-column CSV file. Both are scored
 * on the logical type, with DECIMAL and FLOAT counted as one (DuckDB reports DOUBLE for decimals); KIMBALL is also
 * scored on type + format + semantic, which DuckDB does not report. DuckDB runs twice: with its default null string
 * (empty only) and with KIMBALL's null tokens passed as {@code nullstr}.
 * <p>Run: {@code java -cp <benchmarks classpath> dev.kimball.benchmarks.inference.SnifferComparison
 * [corpus-dir=kimball-inference/src/test/resources/corpus] [--misses]}
 */
public final class SnifferComparison {
    private SnifferComparison() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "kimball-inference/src/test/resources/corpus");
        boolean showMisses = List.of(args).contains("--misses");
        List<LabelledCorpus.Column> corpus = LabelledCorpus.load(dir);
        TypeInference engine = TypeInference.create();
        Path tmp = Files.createTempDirectory("kimball-sniffer");
        String nullList = NullTokens.DEFAULT_TOKENS.stream().map(t -> "'" + t.replace("'", "''") + "'")
                .collect(Collectors.joining(",", "[", "]"));
        int kType = 0, kFull = 0, dDefault = 0, dNulls = 0, n = corpus.size();
        List<String> misses = new ArrayList<>();
        long kNanos = 0;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("SET autoinstall_known_extensions=false");
            st.execute("SET autoload_known_extensions=false");
            for (int i = 0; i < n; i++) {
                LabelledCorpus.Column col = corpus.get(i);
                long t0 = System.nanoTime();
                InferredType t = engine.infer(col.name(), col.values());
                kNanos += System.nanoTime() - t0;
                String expected = family(col.type());
                boolean typeOk = family(t.type().name()).equals(expected);
                kType += typeOk ? 1 : 0;
                kFull += typeOk && (col.format().equals("*") || col.format().equals(t.format().describe()))
                        && (col.semantic().equals("*") || col.semantic().equals(t.semantic().label() == null ? "none" : t.semantic().label())) ? 1 : 0;
                Path csv = tmp.resolve("c" + i + ".csv");
                write(csv, col);
                String d1 = duck(st, csv, null), d2 = duck(st, csv, nullList);
                dDefault += d1.equals(expected) ? 1 : 0;
                dNulls += d2.equals(expected) ? 1 : 0;
                if (showMisses && (!typeOk || !d1.equals(expected))) {
                    misses.add(String.format(Locale.ROOT, "%-45s label %-9s kimball %-9s duckdb %-9s (with nulls %s)",
                            col.id(), expected, family(t.type().name()), d1, d2));
                }
            }
        }
        System.out.printf(Locale.ROOT, "labelled corpus: %d columns (%s)%n", n, dir);
        System.out.printf(Locale.ROOT, "%-52s %7s%n", "", "accuracy");
        System.out.printf(Locale.ROOT, "%-52s %6.2f%%%n", "KIMBALL, logical type", 100.0 * kType / n);
        System.out.printf(Locale.ROOT, "%-52s %6.2f%%%n", "KIMBALL, type + exact format + semantic", 100.0 * kFull / n);
        System.out.printf(Locale.ROOT, "%-52s %6.2f%%%n", "DuckDB read_csv sniffer, logical type (defaults)", 100.0 * dDefault / n);
        System.out.printf(Locale.ROOT, "%-52s %6.2f%%%n", "DuckDB read_csv sniffer, logical type (nullstr=ours)", 100.0 * dNulls / n);
        System.out.printf(Locale.ROOT, "KIMBALL inference time for the corpus: %.1f ms%n", kNanos / 1e6);
        misses.forEach(System.out::println);
    }

    /** The type families compared: DECIMAL and FLOAT are one, as DuckDB reports DOUBLE for both. */
    static String family(String type) {
        return type.equals("DECIMAL") || type.equals("FLOAT") ? "FRACTION" : type;
    }

    private static void write(Path csv, LabelledCorpus.Column col) throws IOException {
        StringBuilder b = new StringBuilder(SimpleCsv.quote(col.name())).append('\n');
        for (String v : col.values()) {
            boolean needs = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || !v.equals(v.strip());
            b.append(needs ? SimpleCsv.quote(v) : v).append('\n');
        }
        Files.writeString(csv, b, StandardCharsets.UTF_8);
    }

    private static String duck(Statement st, Path csv, String nullList) throws SQLException {
        String sql = "DESCRIBE SELECT * FROM read_csv('" + csv.toString().replace("'", "''")
                + "', header=true, delim=',', quote='\"', auto_detect=true" + (nullList == null ? "" : ", nullstr=" + nullList) + ")";
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return duckFamily(rs.getString("column_type"));
        }
    }

    static String duckFamily(String t) {
        String u = t.toUpperCase(Locale.ROOT);
        if (u.matches("(U?)(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT)")) {
            return "INTEGER";
        }
        if (u.startsWith("DOUBLE") || u.startsWith("FLOAT") || u.startsWith("DECIMAL") || u.equals("REAL")) {
            return "FRACTION";
        }
        if (u.startsWith("TIMESTAMP")) {
            return "TIMESTAMP";
        }
        if (u.startsWith("TIME")) {
            return "TIME";
        }
        if (u.equals("DATE") || u.equals("BOOLEAN")) {
            return u;
        }
        return "STRING";
    }
}
