package dev.kimball.inference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;

/**
 * Writes {@code src/test/resources/corpus/generated.txt}: labelled columns whose values are produced by the JDK's own
 * formatters ({@link DateTimeFormatter}, {@link NumberFormat} with real locales), not by the engine, with null tokens
 * and a little junk mixed in. The labels state the intent of each generator. Run:
 * {@code java -cp target/test-classes:target/classes dev.kimball.inference.CorpusGenerator src/test/resources/corpus/generated.txt}
 */
public final class CorpusGenerator {
    private static final String[] NULLS = {"", "NULL", "null", "N/A", "NA", "n/a", "-", "None", "nan", "#N/A"};
    private final Random r = new Random(20251026);
    private final StringBuilder out = new StringBuilder();
    private int seq;

    public static void main(String[] args) throws IOException {
        CorpusGenerator g = new CorpusGenerator();
        g.all();
        Files.writeString(Path.of(args[0]), g.out, StandardCharsets.UTF_8);
    }

    private void all() {
        for (int rep = 0; rep < 3; rep++) {
            numbers();
            temporals();
            booleans();
        }
    }

    private void numbers() {
        col("count", "INTEGER", "decimal='.'", "*", () -> String.valueOf(r.nextInt(1000)));
        col("delta", "INTEGER", "decimal='.'", "*", () -> String.valueOf(r.nextInt(20001) - 10000));
        col("population", "INTEGER", "decimal='.' grouping=','", "*", () -> fmt(Locale.US, 1000 + r.nextInt(5_000_000), 0));
        col("einwohner", "INTEGER", "decimal=',' grouping='.'", "*", () -> fmt(Locale.GERMANY, 1000 + r.nextInt(5_000_000), 0));
        col("habitants", "INTEGER", "decimal=',' grouping=' '", "*", () -> fmt(Locale.FRANCE, 1000 + r.nextInt(5_000_000), 0));
        col("price", "DECIMAL", "decimal='.'", "*", () -> String.format(Locale.ROOT, "%.2f", r.nextInt(100000) / 100.0 + 0.01));
        col("weight", "DECIMAL", "decimal='.'", "*", () -> String.format(Locale.ROOT, "%.3f", r.nextInt(100000) / 1000.0 - 20));
        col("gewicht", "DECIMAL", "decimal=','", "*", () -> String.format(Locale.GERMANY, "%.2f", r.nextInt(100000) / 100.0));
        col("revenue", "DECIMAL", "decimal='.' grouping=','", "*", () -> fmt(Locale.US, 1000 + r.nextInt(90_000_000) / 100.0, 2));
        col("umsatz", "DECIMAL", "decimal=',' grouping='.'", "*", () -> fmt(Locale.GERMANY, 1000 + r.nextInt(90_000_000) / 100.0, 2));
        col("chiffre", "DECIMAL", "decimal=',' grouping=' '", "*", () -> fmt(Locale.FRANCE, 1000 + r.nextInt(90_000_000) / 100.0, 2));
        col("amount_usd", "DECIMAL", "decimal='.' grouping=',' currency='$' prefix", "currency",
                () -> NumberFormat.getCurrencyInstance(Locale.US).format(r.nextInt(2_000_000) / 100.0 - 5000));
        col("balance", "DECIMAL", "decimal='.' grouping=',' currency='$' prefix accounting", "currency", () -> {
            String v = NumberFormat.getCurrencyInstance(Locale.US).format(1000 + r.nextInt(2_000_000) / 100.0);
            return r.nextInt(3) == 0 ? "(" + v + ")" : v;
        });
        col("betrag", "DECIMAL", "decimal=',' grouping='.' currency='€' suffix", "currency",
                () -> NumberFormat.getCurrencyInstance(Locale.GERMANY).format(1000 + r.nextInt(2_000_000) / 100.0));
        col("montant", "DECIMAL", "decimal=',' grouping=' ' currency='€' suffix", "currency",
                () -> NumberFormat.getCurrencyInstance(Locale.FRANCE).format(1000 + r.nextInt(2_000_000) / 100.0));
        col("cost_gbp", "DECIMAL", "decimal='.' grouping=',' currency='£' prefix", "currency",
                () -> NumberFormat.getCurrencyInstance(Locale.UK).format(1000 + r.nextInt(2_000_000) / 100.0));
        col("price_jpy", "INTEGER", "decimal='.' grouping=',' currency='¥' prefix", "currency",
                () -> "¥" + fmt(Locale.US, 1000 + r.nextInt(2_000_000), 0));
        col("fee", "DECIMAL", "decimal='.' grouping=',' currency='USD' prefix", "currency",
                () -> "USD " + fmt(Locale.US, 1000 + r.nextInt(2_000_000) / 100.0, 2));
        col("cost", "DECIMAL", "decimal='.' currency='EUR' suffix", "currency",
                () -> String.format(Locale.ROOT, "%.2f EUR", r.nextInt(90000) / 100.0 + 1));
        col("share", "DECIMAL", "decimal='.' percent=fraction", "percentage", () -> String.format(Locale.ROOT, "%.1f%%", r.nextInt(1000) / 10.0));
        col("rate", "DECIMAL", "decimal='.' percent=fraction", "percentage", () -> r.nextInt(101) + "%");
        col("taux", "DECIMAL", "decimal=',' percent=fraction", "percentage",
                () -> String.format(Locale.FRANCE, "%.1f%%", r.nextInt(1000) / 10.0));
        col("measurement", "FLOAT", "decimal='.' exponent", "scientific", () -> String.format(Locale.ROOT, "%.4e", r.nextGaussian() * Math.pow(10, r.nextInt(20) - 10)));
        col("signal", "FLOAT", "decimal='.' exponent", "scientific", () -> String.valueOf(r.nextDouble() * 1e-7));
        col("ratio", "DECIMAL", "decimal='.'", "*", () -> String.format(Locale.ROOT, "%.6f", r.nextInt(1_000_000) / 1_000_000.0));
        col("order_id", "INTEGER", "decimal='.'", "identifier", () -> String.valueOf(100000 + seq++));
        col("year", "INTEGER", "decimal='.'", "year", () -> String.valueOf(1950 + r.nextInt(75)));
    }

    private void temporals() {
        date("d_iso", "yyyy-MM-dd", "yyyy-MM-dd");
        date("d_us", "MM/dd/yyyy", "MM/dd/yyyy");
        date("d_eu", "dd/MM/yyyy", "dd/MM/yyyy");
        date("d_dash", "dd-MM-yyyy", "dd-MM-yyyy");
        date("d_dot", "dd.MM.yyyy", "dd.MM.yyyy");
        date("d_slash_ymd", "yyyy/MM/dd", "yyyy/MM/dd");
        date("d_compact", "yyyyMMdd", "yyyyMMdd");
        date("d_us_short", "M/d/yyyy", "M/d/yyyy");
        date("d_eu_short", "d/M/yyyy", "d/M/yyyy");
        date("d_yy_eu", "dd/MM/yy", "dd/MM/yy");
        date("d_yy_us", "MM/dd/yy", "MM/dd/yy");
        date("d_mon", "d MMM yyyy", "d MMM yyyy");
        date("d_mon_dash", "dd-MMM-yyyy", "dd-MMM-yyyy");
        date("d_mon_yy", "dd-MMM-yy", "dd-MMM-yy");
        date("d_mon_first", "MMM d, yyyy", "MMM d, yyyy");
        date("d_month_first", "MMMM d, yyyy", "MMMM d, yyyy");
        date("d_month", "d MMMM yyyy", "d MMMM yyyy");
        ts("ts_space", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss");
        ts("ts_t", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss");
        ts("ts_millis", "yyyy-MM-dd HH:mm:ss.SSS", "yyyy-MM-dd HH:mm:ss.SSS");
        ts("ts_micros", "yyyy-MM-dd'T'HH:mm:ss.SSSSSS", "yyyy-MM-dd'T'HH:mm:ss.SSSSSS");
        ts("ts_minutes", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm");
        ts("ts_us", "MM/dd/yyyy HH:mm", "MM/dd/yyyy HH:mm");
        ts("ts_eu", "dd/MM/yyyy HH:mm:ss", "dd/MM/yyyy HH:mm:ss");
        ts("ts_ampm", "M/d/yyyy h:mm a", "M/d/yyyy h:mm a");
        ts("ts_rfc", "EEE, dd MMM yyyy HH:mm:ss 'GMT'", "EEE, dd MMM yyyy HH:mm:ss z");
        zoned("ts_z", "yyyy-MM-dd'T'HH:mm:ssX", "yyyy-MM-dd'T'HH:mm:ssXXX", true);
        zoned("ts_offset", "yyyy-MM-dd'T'HH:mm:ssXXX", "yyyy-MM-dd'T'HH:mm:ssXXX", false);
        zoned("ts_offset_millis", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX", false);
        zoned("ts_offset_nocolon", "yyyy-MM-dd HH:mm:ssxx", "yyyy-MM-dd HH:mm:ssXX", false);
        time("t_hm", "HH:mm", "HH:mm");
        time("t_hms", "HH:mm:ss", "HH:mm:ss");
        time("t_ampm", "h:mm a", "h:mm a");
        time("t_millis", "HH:mm:ss.SSS", "HH:mm:ss.SSS");
        col("created_at", "TIMESTAMP", "unix seconds", "unix_seconds", () -> String.valueOf(1_300_000_000L + r.nextInt(400_000_000)));
        col("event_ts", "TIMESTAMP", "unix millis", "unix_millis", () -> String.valueOf(1_300_000_000_000L + (long) (r.nextDouble() * 4e11)));
    }

    private void booleans() {
        String[][] v = {{"true", "false"}, {"TRUE", "FALSE"}, {"True", "False"}, {"yes", "no"}, {"Yes", "No"},
            {"Y", "N"}, {"y", "n"}, {"T", "F"}, {"on", "off"}};
        for (String[] pair : v) {
            col("flag_" + pair[0].toLowerCase(Locale.ROOT), "BOOLEAN", pair[0].toLowerCase(Locale.ROOT) + "/"
                    + pair[1].toLowerCase(Locale.ROOT), "*", () -> pair[r.nextInt(2)]);
        }
        col("is_member", "BOOLEAN", "1/0", "*", () -> String.valueOf(r.nextInt(2)));
    }

    private LocalDateTime randomDateTime() {
        return LocalDateTime.of(1990 + r.nextInt(40), 1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(24), r.nextInt(60),
                r.nextInt(60), r.nextInt(1_000_000) * 1000);
    }

    private void date(String name, String javaPattern, String expected) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern(javaPattern, Locale.ENGLISH);
        col(name, "DATE", expected, javaPattern.equals("yyyyMMdd") ? "yyyymmdd" : "*", () -> {
            LocalDate d = randomDateTime().toLocalDate();
            return f.format(seq++ % 5 == 0 ? d.withDayOfMonth(25) : d);
        });
    }

    private void ts(String name, String javaPattern, String expected) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern(javaPattern, Locale.ENGLISH);
        col(name, "TIMESTAMP", expected, "*", () -> {
            LocalDateTime d = randomDateTime();
            return f.format(seq++ % 5 == 0 ? d.withDayOfMonth(25).withHour(r.nextInt(9) + 1) : d);
        });
    }

    private void zoned(String name, String javaPattern, String expected, boolean utc) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern(javaPattern, Locale.ENGLISH);
        col(name, "TIMESTAMP", expected, "*", () -> f.format(OffsetDateTime.of(randomDateTime(),
                utc ? ZoneOffset.UTC : offset())));
    }

    private ZoneOffset offset() {
        int h = r.nextInt(25) - 12;
        return ZoneOffset.ofHoursMinutes(h, r.nextInt(4) == 0 ? (h < 0 ? -30 : 30) : 0);
    }

    private void time(String name, String javaPattern, String expected) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern(javaPattern, Locale.ENGLISH);
        col(name, "TIME", expected, "*", () -> {
            LocalTime t = randomDateTime().toLocalTime();
            return f.format(seq++ % 5 == 0 ? t.withHour(r.nextInt(9) + 1) : t);
        });
    }

    private static String fmt(Locale l, double v, int digits) {
        NumberFormat f = NumberFormat.getNumberInstance(l);
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f.format(v);
    }

    /** One labelled column: 20-60 values, sometimes with null tokens, sometimes one junk value (under 5%). */
    private void col(String name, String type, String format, String semantic, java.util.function.Supplier<String> gen) {
        int n = 20 + r.nextInt(41);
        List<String> values = new ArrayList<>();
        int nullKind = r.nextInt(NULLS.length + 3);
        for (int i = 0; i < n; i++) {
            values.add(nullKind < NULLS.length && r.nextInt(6) == 0 ? NULLS[nullKind] : gen.get());
        }
        // booleans need 99% (a repeated third value is a category), so they get no junk
        boolean junk = n >= 40 && r.nextInt(4) == 0 && !type.equals("BOOLEAN");
        if (junk) {
            values.set(r.nextInt(n), "unknown");
        }
        out.append("=== ").append(name).append(" | ").append(type).append(" | ").append(format).append(" | ")
                .append(semantic).append('\n');
        Function<String, String> esc = v -> v.isEmpty() ? "\\e" : v.replace("\\", "\\\\").replace("\t", "\\t")
                .replaceFirst("^#", "\\\\#");
        for (String v : values) {
            out.append(esc.apply(v)).append('\n');
        }
        out.append('\n');
    }
}
