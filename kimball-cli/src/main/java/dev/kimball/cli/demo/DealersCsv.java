package dev.kimball.cli.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** {@code dealers.csv}: an Excel "CSV UTF-8" export: byte-order mark, CRLF, title-case headers, long dates. */
final class DealersCsv {
    static final String FILE = "dealers.csv";

    private DealersCsv() {
    }

    static DemoFile write(Path dir, List<Dealer> dealers) throws IOException {
        Path file = dir.resolve(FILE);
        try (DelimitedWriter w = new DelimitedWriter(file, StandardCharsets.UTF_8, ',', "\r\n", true)) {
            w.header("Dealer ID", "Dealer Name", "Street", "City", "State", "ZIP", "Phone", "Opened", "Region",
                    "General Manager", "Active", "Lot Capacity");
            for (Dealer d : dealers) {
                w.record(d.id(), d.name(), d.street(), d.place().city(), d.place().state(), d.zip(), d.phone(),
                        MessyFormats.longMonth(d.opened()), d.region(), d.manager(), d.active() ? "TRUE" : "FALSE",
                        Integer.toString(d.lotCapacity()));
            }
            return new DemoFile(FILE, file, "UTF-8 (BOM)", ',', w.records(), 0,
                    "byte-order mark, CRLF, accented names, dates like 'March 3, 2011', ZIP codes with leading zeros");
        }
    }
}
