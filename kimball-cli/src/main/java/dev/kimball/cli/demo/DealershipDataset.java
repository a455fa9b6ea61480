package dev.kimball.cli.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * A car-dealership group's raw exports, as messy as real ones: five files from five "systems" with different
 * encodings, delimiters, date and number formats, and a few broken records.
 *
 * <p>Deterministic: the same seed writes byte-identical files on every JVM and locale (each file draws from its
 * own {@link Random}, whose algorithm the JDK specifies, and nothing is formatted through the default locale).
 *
 * <pre>{@code
 * List<DemoFile> files = new DealershipDataset(42).writeTo(Path.of("demo-data"));
 * }</pre>
 */
public final class DealershipDataset {
    public static final long DEFAULT_SEED = 42;
    public static final int VEHICLES = 500;
    public static final int CUSTOMERS = 1_000;
    public static final int SALES = 5_000;

    private final long seed;

    public DealershipDataset(long seed) {
        this.seed = seed;
    }

    public long seed() {
        return seed;
    }

    /**
     * Writes every file into {@code dir} (created if missing; existing files of the same names are overwritten).
     *
     * @return the files in load order, with the records and broken records planted in each
     * @throws UncheckedIOException if the directory or a file cannot be written
     */
    public List<DemoFile> writeTo(Path dir) {
        try {
            Files.createDirectories(dir);
            List<Dealer> dealers = Dealer.generate(random(1));
            List<Vehicle> vehicles = Vehicle.generate(random(2), dealers, VEHICLES);
            List<Customer> customers = Customer.generate(random(3), CUSTOMERS);
            return List.of(
                    DealersCsv.write(dir, dealers),
                    VehiclesTsv.write(dir, vehicles),
                    CustomersCsv.write(dir, customers, random(4)),
                    SalesTransactionsCsv.write(dir, SALES, dealers, vehicles, customers, random(5)),
                    DailySalesCsv.write(dir, dealers, random(6)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo dataset to " + dir + ": " + e.getMessage(), e);
        }
    }

    /** One independent stream per file, so changing one file's generator leaves the others' bytes unchanged. */
    private Random random(int stream) {
        return new Random(seed * 1_000_003L + stream);
    }
}
