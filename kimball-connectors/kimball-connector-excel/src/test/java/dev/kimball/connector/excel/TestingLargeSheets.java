package dev.kimball.connector.excel;

import dev.kimball.spi.RecordReader;
import dev.kimball.spi.SeekableInput;
import dev.kimball.spi.SourceRecord;
import dev.kimball.spi.SourceUnit;
import dev.kimball.spi.StoredFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Large sheets for the memory and rate checks, and {@link #main} to read one in a JVM with a small heap. Rows:
 * {@code id, customer (distinct text per row), amount (2 decimals), day (date format), active, segment (5 texts)}.
 */
final class TestingLargeSheets {
    static final String[] SEGMENTS = {"retail", "wholesale", "online", "partner", "internal"};

    private TestingLargeSheets() {
    }

    /** An .xlsx written by SXSSF with a shared-strings table, as Excel writes it (not inline strings); close() disposes its temp files. */
    static Path writeXlsx(Path file, int rows) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(new XSSFWorkbook(), 200, true, true);
             OutputStream out = Files.newOutputStream(file)) {
            fill(wb, rows);
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * An .xlsx whose shared-strings table is larger than a small heap: {@code id, text} rows where every text is
     * distinct and {@code textLength} characters long.
     */
    static Path writeXlsxWithLongTexts(Path file, int rows, int textLength) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(new XSSFWorkbook(), 200, true, true);
             OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Texts");
            Row h = s.createRow(0);
            h.createCell(0).setCellValue("id");
            h.createCell(1).setCellValue("text");
            for (int i = 1; i <= rows; i++) {
                Row r = s.createRow(i);
                r.createCell(0).setCellValue(i);
                r.createCell(1).setCellValue(longText(i, textLength));
            }
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static final String[] WORDS = ("lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor "
            + "incididunt ut labore et dolore magna aliqua enim ad minim veniam quis nostrud exercitation ullamco laboris nisi "
            + "aliquip ex ea commodo consequat duis aute irure in reprehenderit voluptate velit esse cillum fugiat nulla").split(" ");

    /**
     * Distinct per {@code i}: words picked pseudo-randomly, so the text compresses like prose (about 4:1; a file
     * compressing over 100:1 is refused by POI as a possible zip bomb).
     */
    static String longText(int i, int length) {
        StringBuilder b = new StringBuilder(length).append("text-").append(i).append(':');
        long x = i * 2654435761L + 1;
        while (b.length() < length) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            b.append(' ').append(WORDS[(int) ((x >>> 33) % WORDS.length)]);
        }
        b.setLength(length);
        return b.toString();
    }

    /** An .xls (at most 65,535 data rows). */
    static Path writeXls(Path file, int rows) {
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            fill(wb, rows);
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static void fill(Workbook wb, int rows) {
        Sheet s = wb.createSheet("Orders");
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        Row h = s.createRow(0);
        String[] names = {"id", "customer", "amount", "day", "active", "segment"};
        for (int c = 0; c < names.length; c++) {
            h.createCell(c).setCellValue(names[c]);
        }
        LocalDate start = LocalDate.of(2020, 1, 1);
        for (int i = 1; i <= rows; i++) {
            Row r = s.createRow(i);
            r.createCell(0).setCellValue(i);
            r.createCell(1).setCellValue("customer-" + i);
            r.createCell(2).setCellValue(amount(i));
            var d = r.createCell(3);
            d.setCellValue(start.plusDays(i % 1500));
            d.setCellStyle(date);
            r.createCell(4).setCellValue(i % 3 == 0);
            r.createCell(5).setCellValue(SEGMENTS[i % SEGMENTS.length]);
        }
    }

    static double amount(int i) {
        return (i % 100_000) / 100.0;
    }

    /** A storage that is not the local one: reads go through its streams, as from S3; it counts the bytes it serves. */
    static final class CountingStorageFile implements StoredFile {
        private final StoredFile local;
        final AtomicLong seekableBytes = new AtomicLong();
        final AtomicLong streamOpens = new AtomicLong();

        CountingStorageFile(Path path) {
            this.local = StoredFile.local(path);
        }

        @Override
        public String name() {
            return "mem://bucket/" + local.fileName();
        }

        @Override
        public String fileName() {
            return local.fileName();
        }

        @Override
        public long size() {
            return local.size();
        }

        @Override
        public String version() {
            return local.version();
        }

        @Override
        public InputStream open() {
            streamOpens.incrementAndGet();
            return local.open();
        }

        @Override
        public SeekableInput openSeekable() {
            SeekableInput in = local.openSeekable();
            return new SeekableInput() {
                @Override
                public long length() throws IOException {
                    return in.length();
                }

                @Override
                public void readFully(long position, byte[] buffer, int offset, int len) throws IOException {
                    seekableBytes.addAndGet(len);
                    in.readFully(position, buffer, offset, len);
                }

                @Override
                public void close() throws IOException {
                    in.close();
                }
            };
        }
    }

    /**
     * Reads the only sheet of {@code args[0]} ({@code args[1]} = "local" or "stream") and prints
     * {@code rows=N rejects=N checksum=N seconds=S rows_per_s=R peak_heap_mb=M}.
     */
    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        StoredFile stored = args.length > 1 && args[1].equals("stream") ? new CountingStorageFile(file) : StoredFile.local(file);
        long t0 = System.nanoTime();
        List<SourceUnit> units = new ExcelFormatProvider().units(stored, dev.kimball.api.Sources.excel(file));
        long rows = 0;
        long rejects = 0;
        long checksum = 0;
        try (RecordReader r = units.get(0).open()) {
            for (SourceRecord rec = r.next(); rec != null; rec = r.next()) {
                if (rec.isReject()) {
                    rejects++;
                } else {
                    rows++;
                    checksum += Long.parseLong(rec.values()[0]) + rec.values()[1].length()
                            + (rec.values().length > 3 ? rec.values()[3].length() : 0);
                }
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        System.out.printf("rows=%d rejects=%d checksum=%d seconds=%.2f rows_per_s=%.0f peak_heap_mb=%d max_heap_mb=%d%n",
                rows, rejects, checksum, seconds, rows / seconds, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }
}
