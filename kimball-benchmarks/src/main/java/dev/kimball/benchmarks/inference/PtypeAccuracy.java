package dev.kimball.benchmarks.inference;

import dev.kimball.api.InferredType;
import dev.kimball.api.LogicalType;
import dev.kimball.api.Semantic;
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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Accuracy on the ptype data sets (real CSV tables whose columns are labelled in {@code annotations/annotations.json}).
 * Labels map to logical types: integer → INTEGER; float → DECIMAL or FLOAT; boolean → BOOLEAN; string, gender,
 * categorical → STRING; date* → DATE or TIMESTAMP. Columns labelled "all identical" carry no type and are left out,
 * and so is {@code annotations_cat.json}, a categorical/non-categorical annotation whose entries do not line up with
 * the columns of {@code autos.csv}. A first row with a numeric field is data, not a header ({@code auto.csv}).
 * <p>Two numbers are printed: strict (label mapping above) and with two stated equivalences where ptype's convention
 * differs from a warehouse type: a year column labelled date that KIMBALL reports as INTEGER with semantic YEAR, and a
 * percentage column labelled string that KIMBALL reports as DECIMAL with semantic PERCENTAGE.
 * <p>Run: {@code java -cp <benchmarks classpath> dev.kimball.benchmarks.inference.PtypeAccuracy /work/shared/data/ptype [--all]}
 */
public final class PtypeAccuracy {
    private PtypeAccuracy() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: PtypeAccuracy <ptype folder with annotations/ and data/> [--all]");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        boolean all = Arrays.asList(args).contains("--all");
        Path ann = root.resolve("annotations/annotations.json");
        if (!Files.isRegularFile(ann)) {
            System.err.println("no " + ann + ": nothing to check (the ptype folder is optional)");
            return;
        }
        Map<String, List<String>> labels = parse(Files.readString(ann, StandardCharsets.UTF_8));
        TypeInference engine = TypeInference.create();
        int n = 0, strict = 0, equivalent = 0, skipped = 0, duck = 0;
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, List<String>> t : labels.entrySet()) {
            Path csv = root.resolve("data/" + t.getKey() + ".csv");
            if (!Files.isRegularFile(csv)) {
                System.err.println("missing data file " + csv + " for annotated table " + t.getKey());
                continue;
            }
            List<String[]> rows = SimpleCsv.read(csv);
            List<String> duckTypes = duckTypes(csv);
            boolean header = Arrays.stream(rows.get(0)).noneMatch(f -> f.strip().matches("[-+]?[0-9]+(\\.[0-9]+)?"));
            List<String> lab = t.getValue();
            for (int c = 0; c < lab.size(); c++) {
                String label = lab.get(c);
                if (label.equals("all identical")) {
                    skipped++;
                    continue;
                }
                List<String> values = new ArrayList<>();
                for (int r = header ? 1 : 0; r < rows.size(); r++) {
                    values.add(c < rows.get(r).length ? rows.get(r)[c] : null);
                }
                String name = header && c < rows.get(0).length ? rows.get(0)[c] : "column" + (c + 1);
                InferredType it = engine.infer(name, values);
                boolean ok = accepts(label, it.type());
                boolean eq = ok || label.startsWith("date") && it.type() == LogicalType.INTEGER && it.semantic() == Semantic.YEAR
                        || label.equals("string") && it.semantic() == Semantic.PERCENTAGE;
                n++;
                String d = c < duckTypes.size() ? duckTypes.get(c) : "ERROR";
                duck += accepts(label, d) ? 1 : 0;
                strict += ok ? 1 : 0;
                equivalent += eq ? 1 : 0;
                if (!ok || all) {
                    lines.add(String.format(Locale.ROOT, "%s %-18s %-26s label %-20s kimball %-14s %-12s %s", ok ? "ok  " : eq ? "equiv" : "MISS",
                            t.getKey(), name.length() > 26 ? name.substring(0, 26) : name, label, it.typeName(),
                            it.semantic().label() == null ? "" : it.semantic().label(), it.reason()));
                }
            }
        }
        lines.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "ptype: %d labelled columns in %d tables (%d 'all identical' left out)%n", n, labels.size(), skipped);
        System.out.printf(Locale.ROOT, "strict accuracy:     %d/%d = %.2f%%%n", strict, n, 100.0 * strict / n);
        System.out.printf(Locale.ROOT, "with equivalences:   %d/%d = %.2f%%%n", equivalent, n, 100.0 * equivalent / n);
        System.out.printf(Locale.ROOT, "DuckDB read_csv sniffer on the same files, strict: %d/%d = %.2f%%%n", duck, n, 100.0 * duck / n);
    }

    /** DuckDB's sniffed type family per column of the whole file, or an empty list when it cannot read it. */
    static List<String> duckTypes(Path csv) {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("SET autoinstall_known_extensions=false");
            st.execute("SET autoload_known_extensions=false");
            try (ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM read_csv('" + csv.toString().replace("'", "''") + "')")) {
                while (rs.next()) {
                    out.add(SnifferComparison.duckFamily(rs.getString("column_type")));
                }
            }
        } catch (SQLException e) {
            System.err.println("DuckDB cannot read " + csv.getFileName() + ": " + e.getMessage().lines().findFirst().orElse(""));
        }
        return out;
    }

    static boolean accepts(String label, String duckFamily) {
        switch (duckFamily) {
            case "FRACTION": return accepts(label, LogicalType.DECIMAL);
            case "INTEGER": case "DATE": case "TIMESTAMP": case "TIME": case "BOOLEAN": case "STRING":
                return accepts(label, LogicalType.valueOf(duckFamily));
            default: return false;
        }
    }

    static boolean accepts(String label, LogicalType t) {
        switch (label) {
            case "integer": return t == LogicalType.INTEGER;
            case "float": return t == LogicalType.DECIMAL || t == LogicalType.FLOAT;
            case "boolean": return t == LogicalType.BOOLEAN;
            default:
                if (label.startsWith("date")) {
                    return t == LogicalType.DATE || t == LogicalType.TIMESTAMP;
                }
                return Set.of("string", "gender", "categorical").contains(label) && t == LogicalType.STRING;
        }
    }

    /** Parses the annotation file's {@code {"table": ["label", ...], ...}} shape. */
    static Map<String, List<String>> parse(String json) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile("\"([^\"]+)\"\\s*:\\s*\\[([^\\]]*)\\]").matcher(json);
        while (m.find()) {
            List<String> labels = new ArrayList<>();
            Matcher v = Pattern.compile("\"([^\"]*)\"").matcher(m.group(2));
            while (v.find()) {
                labels.add(v.group(1));
            }
            out.put(m.group(1), labels);
        }
        return out;
    }
}
