package dev.kimball.benchmarks.load;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/** A deterministic sales-like CSV: 8 columns of mixed text, numbers, dates and quoted fields with commas. */
public final class SalesCsv {
    private static final String[] CITIES = {"Berlin", "São Paulo", "New York, NY", "Zürich", "Osaka", "Lagos", "Lima", "Perth"};

    private SalesCsv() {
    }

    public static Path write(Path file, int rows) throws IOException {
        SplittableRandom rnd = new SplittableRandom(42);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("sale_id,sold_at,customer,city,product_code,quantity,unit_price,note\n");
            StringBuilder b = new StringBuilder(200);
            for (int i = 1; i <= rows; i++) {
                b.setLength(0);
                String city = CITIES[rnd.nextInt(CITIES.length)];
                b.append(i).append(",2024-").append(two(1 + rnd.nextInt(12))).append('-').append(two(1 + rnd.nextInt(28)))
                        .append(' ').append(two(rnd.nextInt(24))).append(':').append(two(rnd.nextInt(60))).append(":00,")
                        .append("Customer ").append(rnd.nextInt(100_000)).append(',')
                        .append(city.indexOf(',') >= 0 ? '"' + city + '"' : city).append(",P-")
                        .append(String.format("%05d", rnd.nextInt(20_000))).append(',').append(1 + rnd.nextInt(20)).append(',')
                        .append(rnd.nextInt(100_000) / 100.0).append(',')
                        .append(rnd.nextInt(10) == 0 ? "\"gift, wrapped\"" : "").append('\n');
                w.append(b);
            }
        }
        return file;
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
