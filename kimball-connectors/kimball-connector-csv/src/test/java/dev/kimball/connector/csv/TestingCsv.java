package dev.kimball.connector.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kimball.api.CsvSource;
import dev.kimball.api.Sources;
import dev.kimball.spi.RecordReader;
import dev.kimball.spi.SourceRecord;
import dev.kimball.spi.SourceUnit;
import dev.kimball.spi.StoredFile;
import dev.kimball.spi.TextRows;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Writes test files and reads them through the public SPI, checking the invariants every read must keep. */
final class TestingCsv {
    private TestingCsv() {
    }

    /** Everything one read produced. */
    record Result(List<String> header, List<SourceRecord> rows, List<SourceRecord> rejects, String dialect, String encoding,
                  long controlCharsRemoved, long bytesRead) {
        List<List<String>> values() {
            return rows.stream().map(r -> Arrays.asList(r.values())).toList();
        }

        List<Long> rowLines() {
            return rows.stream().map(SourceRecord::line).toList();
        }

        List<String> column(int i) {
            return rows.stream().map(r -> r.values()[i]).toList();
        }
    }

    static Path write(Path dir, String name, String text) {
        return write(dir, name, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, String name, String text, Charset cs) {
        return write(dir, name, text.getBytes(cs));
    }

    static Path write(Path dir, String name, byte[] bytes) {
        try {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            Files.write(p, bytes);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Result read(Path file) {
        return read(Sources.csv(file));
    }

    /** Reads the single unit of {@code source}, asserting that every row has exactly header-size values and progress never goes back. */
    static Result read(CsvSource source) {
        List<SourceUnit> units = new CsvFormatProvider().units(StoredFile.local(Path.of(source.location().describe())), source);
        assertThat(units).hasSize(1);
        try (RecordReader r = units.get(0).open()) {
            List<SourceRecord> rows = new ArrayList<>();
            List<SourceRecord> rejects = new ArrayList<>();
            long lastBytes = r.bytesRead();
            long lastLine = 0;
            SourceRecord rec;
            while ((rec = r.next()) != null) {
                assertThat(rec.line()).as("line numbers increase").isGreaterThan(lastLine);
                lastLine = rec.line();
                assertThat(r.bytesRead()).as("bytesRead is monotonic").isGreaterThanOrEqualTo(lastBytes);
                lastBytes = r.bytesRead();
                if (rec.isReject()) {
                    rejects.add(rec);
                } else {
                    assertThat(rec.values()).as("row at line %d", rec.line()).hasSize(r.header().size());
                    rows.add(rec);
                }
            }
            assertThat(r.next()).as("stays at the end").isNull();
            Result result = new Result(r.header(), rows, rejects, r.dialect(), r.encoding(), r.controlCharsRemoved(), r.bytesRead());
            assertPackedReadIsTheSame(units.get(0), result);
            return result;
        }
    }

    /**
     * The packed path ({@link RecordReader#readText}, what the bronze loader uses) must give exactly what {@code next()}
     * gave: same rows with the same values and lines, same rejects, same counters. Small batches (3 rows, 2 rejects) so
     * that batch boundaries fall everywhere.
     */
    private static void assertPackedReadIsTheSame(SourceUnit unit, Result expected) {
        try (RecordReader r = unit.open()) {
            List<List<String>> values = new ArrayList<>();
            List<Long> lines = new ArrayList<>();
            List<SourceRecord> rejects = new ArrayList<>();
            int width = r.header().size();
            while (true) {
                TextRows batch = new TextRows(width, 1);
                List<SourceRecord> batchRejects = new ArrayList<>();
                int n = r.readText(batch, 3, batchRejects, 2);
                assertThat(n).as("records read").isGreaterThanOrEqualTo(0);
                assertThat(batch.size() + batchRejects.size()).as("records read").isEqualTo(n);
                for (Object[] row : batch.toObjectRows()) {
                    values.add(Arrays.asList(Arrays.copyOf(row, width, String[].class)));
                    lines.add((Long) row[width]);
                }
                rejects.addAll(batchRejects);
                if (n == 0) {
                    break;
                }
            }
            assertThat(r.header()).isEqualTo(expected.header());
            assertThat(values).as("packed rows").isEqualTo(expected.values());
            assertThat(lines).as("packed row lines").isEqualTo(expected.rowLines());
            assertThat(rejects).as("packed rejects").isEqualTo(expected.rejects());
            assertThat(r.controlCharsRemoved()).isEqualTo(expected.controlCharsRemoved());
            assertThat(r.bytesRead()).isEqualTo(expected.bytesRead());
        }
    }
}
