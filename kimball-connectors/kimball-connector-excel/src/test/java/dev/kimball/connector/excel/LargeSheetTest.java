package dev.kimball.connector.excel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kimball.api.Sources;
import dev.kimball.spi.RecordReader;
import dev.kimball.spi.SourceRecord;
import dev.kimball.spi.SourceUnit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 100,000-row .xlsx read in a child JVM whose heap (64 MiB) is far smaller than the workbook's cells would take
 * in POI's in-memory model: the run fails with OutOfMemoryError unless reading streams. No timing is asserted; the
 * child prints its rate.
 */
class LargeSheetTest {
    static final int ROWS = 100_000;

    @TempDir
    static Path dir;
    static Path xlsx;

    @BeforeAll
    static void write() {
        xlsx = TestingLargeSheets.writeXlsx(dir.resolve("orders.xlsx"), ROWS);
    }

    private static String childRead(String mode) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx64m", "-XX:+UseSerialGC", "-Djava.io.tmpdir=" + dir,
                "-cp", System.getProperty("java.class.path"), TestingLargeSheets.class.getName(), xlsx.toString(), mode));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        System.out.println("[excel 100k rows, " + mode + ", -Xmx64m] " + out.lines().filter(l -> l.startsWith("rows=")).findFirst().orElse(out));
        return out;
    }

    private static long expectedChecksum() {
        long sum = 0;
        for (int i = 1; i <= ROWS; i++) {
            sum += i + ("customer-" + i).length() + 10;
        }
        return sum;
    }

    @Test
    void aLocalFileReadsIn64MiB() throws Exception {
        assertThat(childRead("local")).contains("rows=" + ROWS + " rejects=0 checksum=" + expectedChecksum() + " ");
    }

    /** Another storage: the library copies the stream to a temporary file first; the heap stays as small. */
    @Test
    void aStreamFromAnotherStorageReadsIn64MiB() throws Exception {
        assertThat(childRead("stream")).contains("rows=" + ROWS + " rejects=0 checksum=" + expectedChecksum() + " ");
        try (var left = java.nio.file.Files.walk(dir)) {
            assertThat(left.filter(f -> f.toString().endsWith(".xlsx") && !f.equals(xlsx)))
                    .as("temporary copies deleted on close").isEmpty();
        }
    }

    /** Listing costs a few 64 KiB block reads (zip directory, workbook part, relationships), not the file. */
    @Test
    void listingSheetsReadsOnlyTheZipDirectoryAndSmallParts() {
        TestingLargeSheets.CountingStorageFile remote = new TestingLargeSheets.CountingStorageFile(xlsx);
        List<SourceUnit> units = new ExcelFormatProvider().units(remote, Sources.excel(xlsx));
        assertThat(units).hasSize(1);
        assertThat(units.get(0).name()).isEqualTo("mem://bucket/orders.xlsx#Orders");
        assertThat(remote.streamOpens.get()).isZero();
        assertThat(remote.seekableBytes.get()).as("bytes read to list sheets of a %d-byte file", xlsx.toFile().length())
                .isLessThanOrEqualTo(6 * 64 * 1024 + 8).isLessThan(xlsx.toFile().length() / 5);
    }

    @Test
    void valuesAndProgressOfTheLargeSheet() {
        SourceUnit unit = new ExcelFormatProvider().units(dev.kimball.spi.StoredFile.local(xlsx), Sources.excel(xlsx)).get(0);
        try (RecordReader r = unit.open()) {
            assertThat(r.header()).containsExactly("id", "customer", "amount", "day", "active", "segment");
            SourceRecord first = r.next();
            assertThat(first.values()).containsExactly("1", "customer-1", "0.01", "2020-01-02", "false", "wholesale");
            long halfway = 0;
            for (int i = 2; i <= ROWS; i++) {
                SourceRecord rec = r.next();
                assertThat(rec.line()).isEqualTo(i + 1);
                if (i == ROWS / 2) {
                    halfway = r.bytesRead();
                }
                if (i == 12_345) {
                    assertThat(rec.values()).containsExactly("12345", "customer-12345", "123.45", "2020-12-11", "true", "retail");
                }
            }
            assertThat(r.next()).isNull();
            assertThat(halfway).isBetween(unit.sizeBytes() * 4 / 10, unit.sizeBytes() * 6 / 10);
            assertThat(r.bytesRead()).isEqualTo(unit.sizeBytes());
        }
    }
}
