package dev.kimball.connector.csv;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.kimball.api.Sources;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property: random fields full of quotes, delimiters, line breaks, spaces and unicode, written by an independent
 * standard writer (FastCSV), read back identically. Fixed seeds, so a failure reproduces.
 */
class RoundTripPropertyTest {
    private static final String ALPHABET = "ab Z9,;|\t\"'\n\r\\#é€😀 .-";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void randomFieldsRoundTripWithDetection(int seed) throws IOException {
        roundTrip(seed, true);
    }

    @ParameterizedTest
    @ValueSource(ints = {11, 12, 13, 14, 15, 16, 17, 18})
    void randomFieldsRoundTripWithExplicitDelimiter(int seed) throws IOException {
        roundTrip(seed, false);
    }

    private void roundTrip(int seed, boolean detect) throws IOException {
        Random rnd = new Random(seed);
        char delimiter = ",;|\t".charAt(seed % 4);
        int columns = 2 + rnd.nextInt(6);
        List<String> header = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            header.add("col" + c);
        }
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < 300; r++) {
            List<String> row = new ArrayList<>();
            row.add(Integer.toString(r));
            for (int c = 1; c < columns; c++) {
                row.add(randomField(rnd, detect));
            }
            rows.add(row);
        }
        StringWriter out = new StringWriter();
        LineDelimiter eol = seed % 3 == 0 ? LineDelimiter.LF : seed % 3 == 1 ? LineDelimiter.CRLF : LineDelimiter.CR;
        try (CsvWriter w = CsvWriter.builder().fieldSeparator(delimiter).lineDelimiter(eol).build(out)) {
            w.writeRecord(header);
            rows.forEach(w::writeRecord);
        }
        Path f = TestingCsv.write(dir, "rt.csv", out.toString());
        TestingCsv.Result read = TestingCsv.read(detect ? Sources.csv(f) : Sources.csv(f).delimiter(delimiter).quote('"').header(true));
        assertThat(read.dialect()).startsWith("delimiter=" + CsvSyntax.show(delimiter) + " quote='\"'");
        assertThat(read.rejects()).isEmpty();
        assertThat(read.header()).isEqualTo(header);
        assertThat(read.values()).isEqualTo(rows);
    }

    /** Mostly short words, sometimes hostile text; with detection, keeps enough plain cells for the file to look like data. */
    private static String randomField(Random rnd, boolean detect) {
        int kind = rnd.nextInt(10);
        if (kind < (detect ? 6 : 2)) {
            return "w" + rnd.nextInt(1000);
        }
        if (kind == 9) {
            return "";
        }
        int len = rnd.nextInt(12);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < len; i++) {
            int cp = ALPHABET.codePointAt(ALPHABET.offsetByCodePoints(0, rnd.nextInt(ALPHABET.codePointCount(0, ALPHABET.length()))));
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }
}
