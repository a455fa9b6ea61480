package dev.kimball.connector.excel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kimball.api.Sources;
import dev.kimball.spi.RecordReader;
import dev.kimball.spi.SourceRecord;
import dev.kimball.spi.SourceUnit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A 100,000-row .xlsx and a 65,000-row .xls (near the format's limit) read in a child JVM whose heap is far smaller
 * than the sheets' cells take in POI's in-memory models (an {@code HSSFWorkbook} of that .xls peaks at ~140 MiB):
 * the child fails with OutOfMemoryError unless reading streams. No timing is asserted; the child prints its rate.
 */
class LargeSheetTest {
    static final int ROWS = 100_000;
    static final int XLS_ROWS = 65_000;

    @TempDir
    static Path dir;
    static Path xlsx;
    static Path xls;

    @BeforeAll
    static void write() {
        xlsx = TestingLargeSheets.writeXlsx(dir.resolve("orders.xlsx"), ROWS);
        xls = TestingLargeSheets.writeXls(dir.resolve("orders.xls"), XLS_ROWS);
    }

    private static String childRead(Path file, String heap, String mode) throws IOException, InterruptedException {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path tmp = Files.createDirectories(dir.resolve("tmp-" + mode));
        List<String> cmd = new ArrayList<>(List.of(javaBin, "-Xmx" + heap, "-XX:+UseSerialGC", "-Djava.io.tmpdir=" + tmp,
                "-cp", System.getProperty("java.class.path"), TestingLargeSheets.class.getName(), file.toString(), mode));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        System.out.println("[excel " + file.getFileName() + ", " + mode + ", -Xmx" + heap + "] "
                + out.lines().filter(l -> l.startsWith("rows=")).findFirst().orElse(out));
        try (var left = Files.walk(tmp)) {
            assertThat(left.filter(Files::isRegularFile)).as("temporary copies deleted on close").isEmpty();
        }
        return out;
    }

    private static long expectedChecksum(int rows) {
        long sum = 0;
        for (int i = 1; i <= rows; i++) {
            sum += i + ("customer-" + i).length() + 10;
        }
        return sum;
    }

    @Test
    void aLocalXlsxReadsIn64MiB() throws Exception {
        assertThat(childRead(xlsx, "64m", "local")).contains("rows=" + ROWS + " rejects=0 checksum=" + expectedChecksum(ROWS) + " ");
    }

    /** Another storage: the library copies the stream to a temporary file first; the heap stays as small. */
    @Test
    void anXlsxFromAnotherStorageReadsIn64MiB() throws Exception {
        assertThat(childRead(xlsx, "64m", "stream")).contains("rows=" + ROWS + " rejects=0 checksum=" + expectedChecksum(ROWS) + " ");
    }

    @Test
    void aLocalXlsReadsIn48MiB() throws Exception {
        assertThat(childRead(xls, "48m", "local"))
                .contains("rows=" + XLS_ROWS + " rejects=0 checksum=" + expectedChecksum(XLS_ROWS) + " ");
    }

    @Test
    void anXlsFromAnotherStorageReadsIn48MiB() throws Exception {
        assertThat(childRead(xls, "48m", "stream"))
                .contains("rows=" + XLS_ROWS + " rejects=0 checksum=" + expectedChecksum(XLS_ROWS) + " ");
    }

    /**
     * 100,000 distinct 500-character texts: a 50 MB shared-strings part, more than the child's whole 40 MiB heap, so
     * the table must live in its temporary file (read into the heap, it fails with OutOfMemoryError).
     */
    @Test
    void aSharedStringsTableLargerThanTheHeapReads() throws Exception {
        int rows = 100_000;
        Path texts = TestingLargeSheets.writeXlsxWithLongTexts(dir.resolve("texts.xlsx"), rows, 500);
        long sum = 0;
        for (int i = 1; i <= rows; i++) {
            sum += i + 500;
        }
        assertThat(childRead(texts, "40m", "local")).contains("rows=" + rows + " rejects=0 checksum=" + sum + " ");
        SourceUnit unit = new ExcelFormatProvider().units(dev.kimball.spi.StoredFile.local(texts), Sources.excel(texts)).get(0);
        try (RecordReader r = unit.open()) {
            SourceRecord first = r.next();
            assertThat(first.values()).containsExactly("1", TestingLargeSheets.longText(1, 500));
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

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void valuesAndProgressOfTheLargeSheet(String ext) {
        Path file = ext.equals("xlsx") ? xlsx : xls;
        int rows = ext.equals("xlsx") ? ROWS : XLS_ROWS;
        SourceUnit unit = new ExcelFormatProvider().units(dev.kimball.spi.StoredFile.local(file), Sources.excel(file)).get(0);
        try (RecordReader r = unit.open()) {
            assertThat(r.header()).containsExactly("id", "customer", "amount", "day", "active", "segment");
            SourceRecord first = r.next();
            assertThat(first.values()).containsExactly("1", "customer-1", "0.01", "2020-01-02", "false", "wholesale");
            long halfway = 0;
            for (int i = 2; i <= rows; i++) {
                SourceRecord rec = r.next();
                assertThat(rec.line()).isEqualTo(i + 1);
                if (i == rows / 2) {
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
