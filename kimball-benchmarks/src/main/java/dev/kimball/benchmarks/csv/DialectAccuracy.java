package dev.kimball.benchmarks.csv;

import dev.kimball.api.Sources;
import dev.kimball.spi.RecordReader;
import dev.kimball.spi.SourceProvider;
import dev.kimball.spi.SourceUnit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Measures the CSV connector's dialect detection against annotated file sets (CSVsniffer format: a folder
 * {@code <set>/} beside {@code <set>.dialects.txt} with lines {@code file|encoding|delimiter|quote|escape|records}).
 * Goes through the public SPI only: opens each file with the {@code csv} {@link SourceProvider} and reads
 * {@link RecordReader#dialect()}.
 *
 * <p>Usage: {@code DialectAccuracy <folder holding the sets> [-v]}. Prints, per set, the share of files whose
 * delimiter, delimiter + quote (the metric published for DuckDB, CleverCSV, csv-nose; an unset annotated quote
 * means {@code "}) and delimiter + quote + escape (backslash vs. not; the parser always accepts doubled quotes,
 * so an annotation's empty escape and {@code doublequote} both mean "not backslash") are right, and lists the misses.
 */
public final class DialectAccuracy {
    private DialectAccuracy() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: DialectAccuracy <folder with <set>/ and <set>.dialects.txt> [-v]");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        boolean verbose = args.length > 1 && args[1].equals("-v");
        SourceProvider csv = ServiceLoader.load(SourceProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals("csv")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no csv SourceProvider on the class path (add kimball-connector-csv)"));
        List<Path> truths;
        try (Stream<Path> s = Files.list(root)) {
            truths = s.filter(p -> p.getFileName().toString().endsWith(".dialects.txt")).sorted().toList();
        }
        for (Path truth : truths) {
            String set = truth.getFileName().toString().replace(".dialects.txt", "");
            Path dir = root.resolve(set);
            if (Files.isDirectory(dir)) {
                run(csv, set, dir, truth, verbose);
            }
        }
    }

    private static void run(SourceProvider csv, String set, Path dir, Path truth, boolean verbose) throws IOException {
        Map<String, String[]> expected = new TreeMap<>();
        for (String line : Files.readAllLines(truth, StandardCharsets.UTF_8)) {
            String[] f = line.split("\\|", -1);
            if (line.startsWith("#") || f.length < 6 || f[0].equals("file_name")) {
                continue;
            }
            expected.put(f[0], f);
        }
        int files = 0;
        int delimiterOk = 0;
        int quoteOk = 0;
        int escapeOk = 0;
        int missing = 0;
        List<String> misses = new ArrayList<>();
        long t0 = System.nanoTime();
        for (Map.Entry<String, String[]> e : expected.entrySet()) {
            Path file = dir.resolve(e.getKey());
            if (!Files.isRegularFile(file)) {
                missing++;
                continue;
            }
            files++;
            String[] want = e.getValue();
            char wantDelimiter = delimiter(want[2]);
            char wantQuote = want[3].equals("singlequote") ? '\'' : '"';
            boolean wantBackslash = want[4].equals("backslash");
            String got;
            try {
                SourceUnit unit = csv.units(Sources.csv(file)).get(0);
                try (RecordReader r = unit.open()) {
                    got = r.dialect();
                }
            } catch (RuntimeException ex) {
                got = "ERROR " + ex;
            }
            char gotDelimiter = charAfter(got, "delimiter=");
            char gotQuote = got.contains("quote=none") ? '"' : charAfter(got, "quote=");
            boolean gotBackslash = got.contains("escape=backslash");
            boolean d = gotDelimiter == wantDelimiter;
            boolean q = d && gotQuote == wantQuote;
            boolean x = q && gotBackslash == wantBackslash;
            delimiterOk += d ? 1 : 0;
            quoteOk += q ? 1 : 0;
            escapeOk += x ? 1 : 0;
            if (!x || verbose) {
                misses.add((x ? "  ok   " : "  MISS ") + e.getKey() + ": expected delimiter=" + want[2] + " quote=" + want[3]
                        + " escape=" + (want[4].isEmpty() ? "-" : want[4]) + "; got " + got);
            }
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("%s: %d files (%d annotated files absent), %d ms%n", set, files, missing, ms);
        System.out.printf("  delimiter                 %6.2f%% (%d/%d)%n", 100.0 * delimiterOk / files, delimiterOk, files);
        System.out.printf("  delimiter+quote           %6.2f%% (%d/%d)   <- published metric%n", 100.0 * quoteOk / files, quoteOk, files);
        System.out.printf("  delimiter+quote+escape    %6.2f%% (%d/%d)%n", 100.0 * escapeOk / files, escapeOk, files);
        misses.forEach(System.out::println);
    }

    private static char delimiter(String name) {
        return switch (name) {
            case "comma" -> ',';
            case "semicolon" -> ';';
            case "tab" -> '\t';
            case "space" -> ' ';
            case "vslash", "pipe" -> '|';
            case "nsign" -> '#';
            case "colon" -> ':';
            case "eqsign" -> '=';
            case "star" -> '*';
            case "slash" -> '/';
            default -> throw new IllegalArgumentException("unknown delimiter name in annotations: " + name);
        };
    }

    /** The char in {@code key='c'}, with {@code \t}, {@code \'} and {@code \\uXXXX} escapes; 0 if absent. */
    private static char charAfter(String dialect, String key) {
        int i = dialect.indexOf(key + "'");
        if (i < 0) {
            return 0;
        }
        int s = i + key.length() + 1;
        char c = dialect.charAt(s);
        if (c != '\\') {
            return c;
        }
        char n = dialect.charAt(s + 1);
        return switch (n) {
            case 't' -> '\t';
            case 'u' -> (char) Integer.parseInt(dialect.substring(s + 2, s + 6), 16);
            default -> n;
        };
    }
}
