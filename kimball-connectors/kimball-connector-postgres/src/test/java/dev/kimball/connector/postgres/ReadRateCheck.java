package dev.kimball.connector.postgres;

import dev.kimball.spi.RecordReader;
import dev.kimball.spi.SourceRecord;
import dev.kimball.spi.SourceUnit;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.postgresql.PGConnection;

/**
 * A one-off measurement, not a test (no timed tests): rows/s of COPY and cursor mode over a narrow table (id, md5 text)
 * and a wider one (id, text, timestamptz, numeric), next to the driver alone (COPY bytes to nowhere, and a cursor
 * loop calling getString) so the connector's own cost shows. The server shares the machine's cores with the reader.
 *
 * <pre>
 * mvn -o -q -pl kimball-connectors/kimball-connector-postgres test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/pgcp.txt
 * CP=kimball-connectors/kimball-connector-postgres/target/classes:kimball-connectors/kimball-connector-postgres/target/test-classes:$(cat /tmp/pgcp.txt)
 * java -Xmx64m -cp $CP dev.kimball.connector.postgres.ReadRateCheck 2000000 3
 * </pre>
 */
final class ReadRateCheck {
    private ReadRateCheck() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        try (TestingPostgres pg = TestingPostgres.create()) {
            pg.exec("CREATE TABLE narrow AS SELECT g::bigint AS id, md5(g::text) AS label FROM generate_series(1, " + rows + ") g",
                    "CREATE TABLE wide AS SELECT g::bigint AS id, md5(g::text) AS label, "
                            + "timestamptz '2000-01-01' + g * interval '1 second' AS at, (g / 100.0)::numeric(12, 2) AS amount "
                            + "FROM generate_series(1, " + rows + ") g",
                    "VACUUM ANALYZE narrow", "VACUUM ANALYZE wide");
            for (int round = 1; round <= rounds; round++) {
                for (String table : new String[] {"narrow", "wide"}) {
                    driverCopy(pg, table, round);
                    driverCursor(pg, table, round);
                    for (ReadMode mode : ReadMode.values()) {
                        PostgresSourceProvider provider = new PostgresSourceProvider(
                                PostgresReadOptions.defaults().withMode(mode).withSplit(Long.MAX_VALUE, 1));
                        SourceUnit unit = provider.units(pg.source().tables(table)).get(0);
                        long start = System.nanoTime();
                        long n = 0;
                        try (RecordReader r = unit.open()) {
                            for (SourceRecord rec = r.next(); rec != null; rec = r.next()) {
                                n++;
                            }
                        }
                        print(round, table, "connector " + mode, n, start);
                    }
                }
            }
        }
    }

    private static void driverCopy(TestingPostgres pg, String table, int round) throws Exception {
        try (Connection c = TestingPostgres.connect()) {
            long start = System.nanoTime();
            long n = c.unwrap(PGConnection.class).getCopyAPI()
                    .copyOut("COPY (SELECT * FROM " + pg.schema + "." + table + ") TO STDOUT", OutputStream.nullOutputStream());
            print(round, table, "driver COPY, no parsing", n, start);
        }
    }

    private static void driverCursor(TestingPostgres pg, String table, int round) throws Exception {
        try (Connection c = TestingPostgres.connect()) {
            c.setAutoCommit(false);
            long start = System.nanoTime();
            long n = 0;
            try (Statement s = c.createStatement()) {
                s.setFetchSize(10_000);
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + pg.schema + "." + table)) {
                    int cols = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= cols; i++) {
                            rs.getString(i);
                        }
                        n++;
                    }
                }
            }
            print(round, table, "driver cursor getString", n, start);
        }
    }

    private static void print(int round, String table, String what, long rows, long startNanos) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        System.out.printf("round %d %-7s %-28s %,d rows in %5.2f s = %,10.0f rows/s%n", round, table, what, rows, seconds,
                rows / seconds);
    }
}
