package dev.kimball.connector.json;

import dev.kimball.api.JsonSource;
import dev.kimball.api.Sources;
import dev.kimball.spi.RecordReader;
import dev.kimball.spi.SourceRecord;
import dev.kimball.spi.StoredFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads generated files through the format provider, as the engine does. */
final class TestingJson {
    private TestingJson() {
    }

    static Path write(Path file, String text) throws IOException {
        return Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    static RecordReader open(Path file) {
        return open(file, Sources.json(file));
    }

    static RecordReader open(Path file, JsonSource source) {
        return new JsonFormatProvider().units(StoredFile.local(file), source).get(0).open();
    }

    /** The header followed by every record. */
    static Read read(Path file) {
        return read(file, Sources.json(file));
    }

    static Read read(Path file, JsonSource source) {
        try (RecordReader r = open(file, source)) {
            List<SourceRecord> records = new ArrayList<>();
            SourceRecord rec;
            while ((rec = r.next()) != null) {
                records.add(rec);
            }
            return new Read(r.header(), records, r.encoding(), r.dialect());
        }
    }

    record Read(List<String> header, List<SourceRecord> records, String encoding, String dialect) {
        List<SourceRecord> rows() {
            return records.stream().filter(r -> !r.isReject()).toList();
        }

        List<SourceRecord> rejects() {
            return records.stream().filter(SourceRecord::isReject).toList();
        }
    }
}
