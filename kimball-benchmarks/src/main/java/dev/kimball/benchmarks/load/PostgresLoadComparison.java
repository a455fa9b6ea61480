package dev.kimball.benchmarks.load;

import dev.kimball.api.Kimball;
import dev.kimball.api.KimballSession;
import dev.kimball.api.LoadReport;
import dev.kimball.api.Sources;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.postgresql.PGConnection;

/**
 * PostgreSQL -> bronze through KIMBALL against PostgreSQL's own {@code COPY table TO STDOUT} of the same table (read and
 * discarded: the ceiling of any reader), same run, alternating trials, medians.
 * <p>Run: {@code java -cp kimball-benchmarks/target/benchmarks.jar dev.kimball.benchmarks.load.PostgresLoadComparison
 * [rows=1000000] [trials=3] [pg=jdbc:postgresql://127.0.0.1:5432/test?user=postgres] [clickhouse=jdbc:clickhouse://127.0.0.1:8123|skip]}
 */
public final class PostgresLoadComparison {
    private PostgresLoadComparison() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int trials = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String pg = args.length > 2 ? args[2] : "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
        String ch = args.length > 3 ? args[3] : "jdbc:clickhouse://127.0.0.1:8123";
        String schema = "bench_" + Long.toHexString(System.nanoTime() & 0xffffff);
        try (Connection c = DriverManager.getConnection(pg); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
            s.execute("CREATE TABLE " + schema + ".sales (id bigint PRIMARY KEY, sold_at timestamptz, customer text, city text, "
                    + "quantity int, unit_price numeric(10,2), note text)");
            s.execute("INSERT INTO " + schema + ".sales SELECT g, timestamptz '2024-01-01 00:00:00+00' + g * interval '17 seconds', "
                    + "'Customer ' || (g % 100000), (ARRAY['Berlin','Lima','Osaka','Perth'])[1 + g % 4], 1 + g % 20, (g % 100000) / 100.0, "
                    + "CASE WHEN g % 10 = 0 THEN 'gift, wrapped' END FROM generate_series(1, " + rows + ") g");
            s.execute("ANALYZE " + schema + ".sales");
        }
        System.out.printf("table %s.sales, %,d rows x 7 columns; %d trials each, alternating; %d cores%n", schema, rows, trials,
                Runtime.getRuntime().availableProcessors());
        String url = pg.substring(0, pg.indexOf('?'));
        Trials copy = new Trials();
        Trials duck = new Trials();
        Trials click = new Trials();
        Path dir = Files.createTempDirectory("kimball-pg-bench");
        try {
            for (int t = 0; t <= trials; t++) {
                long c0 = System.nanoTime();
                try (Connection c = DriverManager.getConnection(pg)) {
                    c.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY " + schema + ".sales TO STDOUT", OutputStream.nullOutputStream());
                }
                long c1 = System.nanoTime();
                try (KimballSession k = Kimball.embedded(dir.resolve("t" + t + ".duckdb"))) {
                    check(k.acquire(Sources.postgres(url).user("postgres").schema(schema)).toBronze().run(), rows);
                }
                long d1 = System.nanoTime();
                long h1 = d1;
                if (!ch.equals("skip")) {
                    try (KimballSession k = Kimball.connect(ch + "/" + schema + "_" + t)) {
                        check(k.acquire(Sources.postgres(url).user("postgres").schema(schema)).toBronze().run(), rows);
                    }
                    h1 = System.nanoTime();
                }
                if (t > 0) {
                    copy.add(c1 - c0);
                    duck.add(d1 - c1);
                    if (!ch.equals("skip")) {
                        click.add(h1 - d1);
                    }
                }
            }
        } finally {
            try (Connection c = DriverManager.getConnection(pg); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
        System.out.printf("  COPY TO STDOUT (discarded) : %s%n  KIMBALL -> DuckDB bronze   : %s   ratio %.2f%n", copy.describe(rows),
                duck.describe(rows), copy.median() / duck.median());
        if (!ch.equals("skip")) {
            System.out.printf("  KIMBALL -> ClickHouse      : %s   ratio %.2f%n", click.describe(rows), copy.median() / click.median());
        }
    }

    private static void check(LoadReport r, int rows) {
        if (r.rowsLoaded() != rows) {
            throw new IllegalStateException("loaded " + r.rowsLoaded() + " rows, expected " + rows);
        }
    }
}
