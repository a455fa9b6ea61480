package dev.kimball.connector.excel;

import dev.kimball.api.Sources;
import dev.kimball.spi.RecordReader;
import dev.kimball.spi.SourceRecord;
import dev.kimball.spi.StoredFile;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A one-off measurement, not a test (no timed unit tests): rows/s reading the 6-column sheets of
 * {@link TestingLargeSheets} (an .xlsx of N rows and an .xls of min(N, 65,000) rows, written to DIR unless there
 * already), each read five times in one JVM; prints every pass, so warm-up is visible. Writing needs a normal heap
 * (HSSF builds the .xls in memory): write once, then read with a small heap to see the rate under memory pressure.
 *
 * <pre>
 * mvn -o -q -pl kimball-connectors/kimball-connector-excel dependency:build-classpath -Dmdep.outputFile=/tmp/excel-cp.txt -Dmdep.includeScope=test
 * cd kimball-connectors/kimball-connector-excel
 * CP=target/test-classes:target/classes:$(cat /tmp/excel-cp.txt)
 * java -cp $CP dev.kimball.connector.excel.ReadRateCheck 100000 /tmp/excel-rate
 * java -Xmx64m -cp $CP dev.kimball.connector.excel.ReadRateCheck 100000 /tmp/excel-rate
 * </pre>
 */
final class ReadRateCheck {
    private ReadRateCheck() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "/tmp/kimball-excel-rate"));
        Path xlsx = dir.resolve("rate-" + rows + ".xlsx");
        Path xls = dir.resolve("rate-" + Math.min(rows, 65_000) + ".xls");
        if (!Files.exists(xlsx)) {
            TestingLargeSheets.writeXlsx(xlsx, rows);
        }
        if (!Files.exists(xls)) {
            TestingLargeSheets.writeXls(xls, Math.min(rows, 65_000));
        }
        {
            for (Path f : new Path[] {xlsx, xls}) {
                for (int pass = 1; pass <= 5; pass++) {
                    long t0 = System.nanoTime();
                    long n = 0;
                    var unit = new ExcelFormatProvider().units(StoredFile.local(f), Sources.excel(f)).get(0);
                    try (RecordReader r = unit.open()) {
                        for (SourceRecord rec = r.next(); rec != null; rec = r.next()) {
                            n++;
                        }
                    }
                    double s = (System.nanoTime() - t0) / 1e9;
                    System.out.printf("%s pass %d: %d rows in %.2f s = %.0f rows/s (file %d bytes)%n", f.getFileName(), pass, n, s,
                            n / s, Files.size(f));
                }
            }
        }
    }
}
