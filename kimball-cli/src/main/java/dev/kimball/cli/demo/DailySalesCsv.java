package dev.kimball.cli.demo;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * {@code daily_sales.csv}: a per-store daily summary from a European accounting package: Windows-1252 (the accented
 * dealer names are single bytes that are invalid UTF-8), semicolon-delimited, decimal commas, dotted dates, CRLF.
 * One record per dealer per day over two years, Sundays closed (zero units).
 */
final class DailySalesCsv {
    static final String FILE = "daily_sales.csv";
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2024, 12, 31);

    private DailySalesCsv() {
    }

    static DemoFile write(Path dir, List<Dealer> dealers, Random r) throws IOException {
        Path file = dir.resolve(FILE);
        try (DelimitedWriter w = new DelimitedWriter(file, WINDOWS_1252, ';', "\r\n", false)) {
            w.header("Date", "Dealer ID", "Dealer Name", "Units Sold", "Revenue", "Avg Discount %", "Test Drives");
            for (LocalDate day = FIRST_DAY; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
                boolean closed = day.getDayOfWeek() == DayOfWeek.SUNDAY;
                boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY;
                for (Dealer d : dealers) {
                    int units = closed ? 0 : r.nextInt(d.lotCapacity() / 60 + (weekend ? 6 : 3));
                    long revenue = 0;
                    for (int u = 0; u < units; u++) {
                        revenue += 100L * (18_000 + r.nextInt(40_000)) + r.nextInt(100);
                    }
                    int discountTenths = units == 0 ? 0 : r.nextInt(90);
                    int testDrives = closed ? 0 : units + r.nextInt(8);
                    w.record(MessyFormats.dotted(day), d.id(), d.name(), Integer.toString(units),
                            MessyFormats.decimalComma(revenue), discountTenths / 10 + "," + discountTenths % 10,
                            Integer.toString(testDrives));
                }
            }
            return new DemoFile(FILE, file, "windows-1252", ';', w.records(), 0,
                    "Windows-1252 with accented dealer names, ';' delimiter, decimal commas, dotted dates, CRLF");
        }
    }
}
