package dev.kimball.connector.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kimball.api.CsvSource;
import dev.kimball.api.Sources;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every option set on the source wins over detection. */
class ExplicitOptionsTest {
    @TempDir
    Path dir;

    private Path commaFile() {
        return TestingCsv.write(dir, "c.csv", "id,name;alias,note\n1,\"Smith, J\";JS,\"x\"\n2,Doe;D,y\n3,Roe;R,z\n");
    }

    @Test
    void delimiter() {
        TestingCsv.Result r = TestingCsv.read(Sources.csv(commaFile()).delimiter(';'));
        assertThat(r.dialect()).startsWith("delimiter=';'");
        assertThat(r.header()).containsExactly("id,name", "alias,note");
        assertThat(r.values().get(1)).containsExactly("2,Doe", "D,y");
    }

    @Test
    void noQuoteKeepsQuotesAsText() {
        TestingCsv.Result r = TestingCsv.read(Sources.csv(TestingCsv.write(dir, "q.csv", "a,b\n\"x\",\"y\"\n\"p\",q\n")).quote(CsvSource.NO_QUOTE));
        assertThat(r.dialect()).contains("quote=none");
        assertThat(r.values()).containsExactly(List.of("\"x\"", "\"y\""), List.of("\"p\"", "q"));
    }

    @Test
    void quoteCharacter() {
        TestingCsv.Result r = TestingCsv.read(Sources.csv(TestingCsv.write(dir, "q.csv", "a,b\n~x,y~,\"z\"\n")).quote('~'));
        assertThat(r.dialect()).contains("quote='~'");
        assertThat(r.values()).containsExactly(List.of("x,y", "\"z\""));
    }

    @Test
    void backslashEscape() {
        TestingCsv.Result r = TestingCsv.read(Sources.csv(TestingCsv.write(dir, "e.csv", "a,b\n\"x\\\"y\",z\n")).escape('\\'));
        assertThat(r.dialect()).contains("escape=backslash");
        assertThat(r.values()).containsExactly(List.of("x\"y", "z"));
    }

    @Test
    void headerAbsent() {
        TestingCsv.Result r = TestingCsv.read(Sources.csv(commaFile()).header(false));
        assertThat(r.dialect()).contains("header=false");
        assertThat(r.header()).containsExactly("column_1", "column_2", "column_3");
        assertThat(r.rows()).hasSize(4);
        assertThat(r.values().get(0)).containsExactly("id", "name;alias", "note");
    }

    @Test
    void headerPresentOnNumericData() {
        TestingCsv.Result r = TestingCsv.read(Sources.csv(TestingCsv.write(dir, "n.csv", "1,2\n3,4\n5,6\n")).header(true));
        assertThat(r.header()).containsExactly("1", "2");
        assertThat(r.rows()).hasSize(2);
    }

    @Test
    void skipLines() {
        TestingCsv.Result r = TestingCsv.read(Sources.csv(TestingCsv.write(dir, "s.csv", "junk,junk,junk\nmore,junk\nid,v\n1,a\n")).skipLines(2));
        assertThat(r.dialect()).contains("skip=2");
        assertThat(r.header()).containsExactly("id", "v");
        assertThat(r.values()).containsExactly(List.of("1", "a"));
        assertThat(r.rows().get(0).line()).isEqualTo(4);
    }

    @Test
    void skipZeroLinesKeepsWhatDetectionWouldSkip() {
        TestingCsv.Result r = TestingCsv.read(Sources.csv(TestingCsv.write(dir, "s.csv", "Title line\na,b\n1,2\n3,4\n")).skipLines(0).header(true));
        assertThat(r.header()).containsExactly("Title line");
        assertThat(r.rejects()).hasSize(3);
    }

    @Test
    void encoding() {
        Path f = TestingCsv.write(dir, "u.csv", "a\nÄ\n", StandardCharsets.UTF_8);
        TestingCsv.Result r = TestingCsv.read(Sources.csv(f).encoding(StandardCharsets.ISO_8859_1));
        assertThat(r.encoding()).isEqualTo("ISO-8859-1 (set explicitly)");
        assertThat(r.values()).containsExactly(List.of("Ã"));
        assertThat(r.controlCharsRemoved()).isEqualTo(1);
    }
}
