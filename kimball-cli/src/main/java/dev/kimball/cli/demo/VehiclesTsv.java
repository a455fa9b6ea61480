package dev.kimball.cli.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code vehicles.tsv}: a dealer-management-system inventory report: tab-separated, two title lines before the
 * header, day-first dates ({@code 15/03/2024}) and formatted numbers ({@code 12,345}, {@code $32,990}).
 */
final class VehiclesTsv {
    static final String FILE = "vehicles.tsv";
    static final int PREAMBLE_LINES = 2;

    private VehiclesTsv() {
    }

    static DemoFile write(Path dir, List<Vehicle> vehicles) throws IOException {
        Path file = dir.resolve(FILE);
        try (DelimitedWriter w = new DelimitedWriter(file, StandardCharsets.UTF_8, '\t', "\n", false)) {
            w.rawLine("Inventory Report - All Locations");
            w.rawLine("Exported 12/31/2024 11:59 PM by DealerTrack DMS v4.2");
            w.header("VIN", "Stock #", "Make", "Model", "Year", "Trim", "Exterior Color", "Mileage", "MSRP", "Dealer",
                    "Arrival Date", "Condition", "Fuel Type");
            for (Vehicle v : vehicles) {
                w.record(v.vin(), v.stockNumber(), v.make(), v.model(), Integer.toString(v.year()), v.trim(), v.color(),
                        MessyFormats.grouped(v.mileage(), ','), MessyFormats.usdWhole(v.msrpDollars()), v.dealer().id(),
                        MessyFormats.uk(v.arrived()), v.condition(), v.fuel());
            }
            return new DemoFile(FILE, file, "UTF-8", '\t', w.records(), 0,
                    "tab-separated, 2 title lines before the header, day-first dates, '$32,990' and '12,345'");
        }
    }
}
