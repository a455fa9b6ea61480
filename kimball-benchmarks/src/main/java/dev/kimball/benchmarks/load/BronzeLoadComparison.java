package dev.kimball.benchmarks.load;

import dev.kimball.api.Kimball;
import dev.kimball.api.KimballSession;
import dev.kimball.api.LoadReport;
import dev.kimball.api.Sources;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Properties;

/**
 * CSV → bronze through KIMBALL against each warehouse's own bulk CSV path, same file, same run, alternating trials:
 * <ul>
 *   <li>ClickHouse: KIMBALL ({@code Kimball.connect(url).acquire(csv).toBronze()}) vs the server's HTTP
 *       {@code INSERT INTO t FORMAT CSVWithNames} of the file into an all-{@code Nullable(String)} table;</li>
 *   <li>DuckDB: KIMBALL into an embedded file vs {@code CREATE TABLE t AS SELECT * FROM read_csv(file, all_varchar=true)}.</li>
 * </ul>
 * KIMBALL does more per row (dialect/encoding detection, reject checks, four lineage columns) and per load (creating the
 * bronze table, lineage and load records in the metadata layer), which the ratio includes. Each trial loads into a new
 * table of a new (DuckDB: new file) warehouse; the session or connection is opened before the clock starts and closed
 * after it stops, on both sides: opening a session is once per application, not per load (its cost is printed too).
 * <p>Run: {@code java -cp kimball-benchmarks/target/benchmarks.jar dev.kimball.benchmarks.load.BronzeLoadComparison
 * [rows=1000000] [trials=3] [clickhouse-http=http://127.0.0.1:8123] [skip-clickhouse|both] [skip-duckdb]}
 */
public final class BronzeLoadComparison {
    private BronzeLoadComparison() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int trials = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String chHttp = args.length > 2 ? args[2] : "http://127.0.0.1:8123";
        boolean skipClickHouse = args.length > 3 && args[3].equals("skip-clickhouse");
        boolean skipDuckDb = args.length > 4 && args[4].equals("skip-duckdb");
        Path dir = Files.createTempDirectory("kimball-bench");
        Path csv = SalesCsv.write(dir.resolve("sales.csv"), rows);
        System.out.printf("file: %s, %,d rows, %.1f MB; %d trials each, alternating; %d cores%n", csv, rows,
                Files.size(csv) / 1e6, trials, Runtime.getRuntime().availableProcessors());
        try {
            if (!skipDuckDb) {
                duckdb(dir, csv, rows, trials);
            }
            if (!skipClickHouse) {
                clickhouse(chHttp, csv, rows, trials);
            }
        } finally {
            deleteRecursively(dir); // the file and the DuckDB databases: several hundred MB per run on a shared /tmp
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void duckdb(Path dir, Path csv, int rows, int trials) throws Exception {
        Trials sessionOpen = new Trials();
        Trials kimball = new Trials();
        Trials nativePath = new Trials();
        for (int t = 0; t <= trials; t++) { // trial 0 warms up both
            long o0 = System.nanoTime();
            long k0;
            long k1;
            try (KimballSession k = Kimball.embedded(dir.resolve("kimball-" + t + ".duckdb"))) {
                k0 = System.nanoTime();
                LoadReport r = k.acquire(Sources.csv(csv)).toBronze().run();
                k1 = System.nanoTime();
                check(r.rowsLoaded(), rows, "KIMBALL DuckDB");
            }
            Properties p = new Properties();
            p.setProperty("autoinstall_known_extensions", "false");
            long n0;
            long n1;
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("native-" + t + ".duckdb"), p);
                 Statement s = c.createStatement()) {
                n0 = System.nanoTime();
                s.execute("CREATE TABLE sales AS SELECT * FROM read_csv('" + csv.toString().replace("'", "''") + "', all_varchar=true)");
                n1 = System.nanoTime();
                try (var rs = s.executeQuery("SELECT count(*) FROM sales")) {
                    rs.next();
                    check(rs.getLong(1), rows, "DuckDB read_csv");
                }
            }
            if (t > 0) {
                kimball.add(k1 - k0);
                nativePath.add(n1 - n0);
                sessionOpen.add(k0 - o0);
            }
        }
        print("DuckDB", "read_csv(all_varchar) CTAS", rows, kimball, nativePath);
        System.out.printf("  (opening a KIMBALL session on a new file, not timed above: median %.2f s)%n", sessionOpen.median());
    }

    private static void clickhouse(String http, Path csv, int rows, int trials) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String header = Files.newBufferedReader(csv).readLine();
        StringBuilder cols = new StringBuilder();
        for (String c : header.split(",")) {
            cols.append(cols.length() == 0 ? "" : ", ").append('`').append(c).append("` Nullable(String)");
        }
        String ns = "bench_" + Long.toHexString(System.nanoTime() & 0xffffff);
        chSql(client, http, "CREATE DATABASE IF NOT EXISTS " + ns, null);
        Trials sessionOpen = new Trials();
        Trials kimball = new Trials();
        Trials nativePath = new Trials();
        try {
            for (int t = 0; t <= trials; t++) {
                long o0 = System.nanoTime();
                long k0;
                long k1;
                try (KimballSession k = Kimball.connect("jdbc:clickhouse://" + URI.create(http).getAuthority() + "/" + ns)) {
                    k0 = System.nanoTime();
                    LoadReport r = k.acquire(Sources.csv(csv)).toBronze("sales_" + t).run();
                    k1 = System.nanoTime();
                    check(r.rowsLoaded(), rows, "KIMBALL ClickHouse");
                }
                if (t > 0) {
                    sessionOpen.add(k0 - o0);
                }
                String table = ns + ".native_" + t;
                long n0 = System.nanoTime(); // creating the table is timed too, as KIMBALL's load creates its own
                chSql(client, http, "CREATE TABLE " + table + " (" + cols + ") ENGINE = MergeTree ORDER BY tuple()", null);
                chSql(client, http, "INSERT INTO " + table + " FORMAT CSVWithNames", csv);
                long n1 = System.nanoTime();
                check(Long.parseLong(chSql(client, http, "SELECT count() FROM " + table, null).strip()), rows, "ClickHouse HTTP insert");
                if (t > 0) {
                    kimball.add(k1 - k0);
                    nativePath.add(n1 - n0);
                }
            }
        } finally {
            for (String suffix : new String[] {"", "_bronze", "_silver", "_gold", "_metadata"}) {
                chSql(client, http, "DROP DATABASE IF EXISTS " + ns + suffix, null);
            }
        }
        print("ClickHouse", "HTTP INSERT FORMAT CSVWithNames", rows, kimball, nativePath);
        System.out.printf("  (opening a KIMBALL session, not timed above: median %.2f s)%n", sessionOpen.median());
    }

    private static String chSql(HttpClient client, String http, String sql, Path body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(http + "/?query=" + URLEncoder.encode(sql, StandardCharsets.UTF_8)));
        b.POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofFile(body));
        HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("ClickHouse at " + http + " answered " + r.statusCode() + " to " + sql + ": " + r.body());
        }
        return r.body();
    }

    private static void check(long got, long want, String who) {
        if (got != want) {
            throw new IllegalStateException(who + " loaded " + got + " rows, expected " + want);
        }
    }

    private static void print(String engine, String baseline, int rows, Trials kimball, Trials nativePath) {
        System.out.printf("%s%n  KIMBALL bronze load : %s%n  %-20s: %s%n  ratio KIMBALL/native throughput = %.2f%n", engine,
                kimball.describe(rows), baseline, nativePath.describe(rows), nativePath.median() / kimball.median());
    }
}
