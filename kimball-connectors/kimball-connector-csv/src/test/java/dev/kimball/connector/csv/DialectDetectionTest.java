package dev.kimball.connector.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Detection of delimiter, quote, escape, preamble, header and line ends, on files generated here. */
class DialectDetectionTest {
    @TempDir
    Path dir;

    /** A small realistic table: ids, names, amounts, dates, with the delimiter {@code d}. */
    static String table(char d, int rows, String lineEnd) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.join(String.valueOf(d), "id", "name", "city", "amount", "day")).append(lineEnd);
        String[] names = {"Alice", "Bob", "Chloé", "Dmitri", "Eve"};
        String[] cities = {"Paris", "Oslo", "Lima", "Kyoto", "Bern"};
        for (int i = 1; i <= rows; i++) {
            sb.append(i).append(d).append(names[i % 5]).append(d).append(cities[(i * 3) % 5]).append(d)
                    .append(i * 7 % 100).append('.').append(i % 10).append(i % 7).append(d)
                    .append("2024-0").append(1 + i % 9).append('-').append(10 + i % 18).append(lineEnd);
        }
        return sb.toString();
    }

    @ParameterizedTest
    @ValueSource(chars = {',', ';', '|', '\t', ':', '^', '~', ' '})
    void delimiterIsDetected(char d) {
        TestingCsv.Result r = TestingCsv.read(TestingCsv.write(dir, "t.csv", table(d, 30, "\n")));
        assertThat(r.dialect()).startsWith("delimiter=" + CsvSyntax.show(d) + " ");
        assertThat(r.header()).containsExactly("id", "name", "city", "amount", "day");
        assertThat(r.rows()).hasSize(30);
        assertThat(r.values().get(0)).containsExactly("1", "Bob", "Kyoto", "7.11", "2024-02-11");
        assertThat(r.rejects()).isEmpty();
    }

    @Test
    void doubleQuotesWithEmbeddedDelimitersDoubledQuotesAndLineBreaks() {
        String text = "id,comment,amount\n"
                + "1,\"Hello, world\",3\n"
                + "2,\"She said \"\"hi\"\"\",4\n"
                + "3,\"two\nlines\",5\n"
                + "4,plain,6\n"
                + "5,\"a,b,c\",7\n";
        TestingCsv.Result r = TestingCsv.read(TestingCsv.write(dir, "q.csv", text));
        assertThat(r.dialect()).startsWith("delimiter=',' quote='\"' escape=doubled header=true skip=0");
        assertThat(r.column(1)).containsExactly("Hello, world", "She said \"hi\"", "two\nlines", "plain", "a,b,c");
        assertThat(r.rowLines()).containsExactly(2L, 3L, 4L, 6L, 7L);
    }

    @Test
    void singleQuotes() {
        StringBuilder sb = new StringBuilder("id;label;qty\n");
        for (int i = 1; i <= 12; i++) {
            sb.append(i).append(";'Item; size ").append(i).append("';").append(i * 2).append('\n');
        }
        TestingCsv.Result r = TestingCsv.read(TestingCsv.write(dir, "s.csv", sb.toString()));
        assertThat(r.dialect()).startsWith("delimiter=';' quote='\\'' ");
        assertThat(r.values().get(0)).containsExactly("1", "Item; size 1", "2");
        assertThat(r.rejects()).isEmpty();
    }

    @Test
    void noQuotingWhenQuotesOnlyOpenFieldsThatNeverClose() {
        StringBuilder sb = new StringBuilder("id\tsize\tnote\n");
        for (int i = 1; i <= 12; i++) {
            sb.append(i).append("\t\"").append(i).append(" inch\tpipe ").append(i).append('\n');
        }
        TestingCsv.Result r = TestingCsv.read(TestingCsv.write(dir, "n.tsv", sb.toString()));
        assertThat(r.dialect()).startsWith("delimiter='\\t' quote=none escape=none");
        assertThat(r.values().get(2)).containsExactly("3", "\"3 inch", "pipe 3");
        assertThat(r.rows()).hasSize(12);
    }

    @Test
    void backslashEscapes() {
        StringBuilder sb = new StringBuilder("id,text,n\n");
        for (int i = 1; i <= 10; i++) {
            sb.append(i).append(",\"He said \\\"hi ").append(i).append("\\\", then left\",").append(i).append('\n');
        }
        TestingCsv.Result r = TestingCsv.read(TestingCsv.write(dir, "b.csv", sb.toString()));
        assertThat(r.dialect()).contains("escape=backslash");
        assertThat(r.values().get(0)).containsExactly("1", "He said \"hi 1\", then left", "1");
        assertThat(r.rejects()).isEmpty();
    }

    @Test
    void preambleLinesAndCommentsBeforeTheHeaderAreSkipped() {
        String text = "Sales report\nGenerated 2024-05-01 by the shop system\n\n# note: amounts in EUR\n" + table(',', 20, "\n");
        TestingCsv.Result r = TestingCsv.read(TestingCsv.write(dir, "p.csv", text));
        assertThat(r.dialect()).startsWith("delimiter=',' quote='\"' escape=doubled header=true skip=4");
        assertThat(r.header()).containsExactly("id", "name", "city", "amount", "day");
        assertThat(r.rows()).hasSize(20);
        assertThat(r.rowLines().get(0)).isEqualTo(6L);
        assertThat(r.rejects()).isEmpty();
    }

    @Test
    void hashCommentLinesAreSkippedEverywhereOnceSeen() {
        String text = "# exported by tool\n# columns: id, value\nid,value\n1,a\n# midway comment\n2,b\n";
        TestingCsv.Result r = TestingCsv.read(TestingCsv.write(dir, "c.csv", text));
        assertThat(r.dialect()).contains("skip=2").contains("comments='#'");
        assertThat(r.values()).containsExactly(List.of("1", "a"), List.of("2", "b"));
        assertThat(r.rejects()).isEmpty();
    }

    @Test
    void aHashColumnNameIsNotAComment() {
        TestingCsv.Result r = TestingCsv.read(TestingCsv.write(dir, "h.csv", "#,name\n1,Bulbasaur\n2,Ivysaur\n"));
        assertThat(r.header()).containsExactly("#", "name");
        assertThat(r.rows()).hasSize(2);
    }

    @Test
    void aFileWithoutHeaderGetsGeneratedColumnNames() {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 15; i++) {
            sb.append(i).append(',').append(i * 1.5).append(",2024-01-").append(10 + i).append('\n');
        }
        TestingCsv.Result r = TestingCsv.read(TestingCsv.write(dir, "nh.csv", sb.toString()));
        assertThat(r.dialect()).contains("header=false");
        assertThat(r.header()).containsExactly("column_1", "column_2", "column_3");
        assertThat(r.rows()).hasSize(15);
        assertThat(r.rows().get(0).line()).isEqualTo(1);
        assertThat(r.values().get(0)).containsExactly("1", "1.5", "2024-01-11");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n", "\r"})
    void lineEnds(String end) {
        TestingCsv.Result r = TestingCsv.read(TestingCsv.write(dir, "le.csv", table(';', 10, end)));
        assertThat(r.dialect()).startsWith("delimiter=';'");
        assertThat(r.rows()).hasSize(10);
        assertThat(r.rowLines()).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
        assertThat(r.values().get(9)).containsExactly("10", "Alice", "Paris", "70.03", "2024-02-20");
    }

    @Test
    void mixedLineEndsInOneFile() {
        String text = "a,b\r\n1,x\n2,y\r3,z\r\n4,\"multi\r\nline\"\n5,w";
        TestingCsv.Result r = TestingCsv.read(TestingCsv.write(dir, "mixed.csv", text));
        assertThat(r.column(0)).containsExactly("1", "2", "3", "4", "5");
        assertThat(r.column(1)).containsExactly("x", "y", "z", "multi\r\nline", "w");
        assertThat(r.rowLines()).containsExactly(2L, 3L, 4L, 5L, 7L);
    }

    @Test
    void aTrailingDelimiterOnEveryLineIsDropped() {
        TestingCsv.Result r = TestingCsv.read(TestingCsv.write(dir, "t.csv", "a|b|c|\n1|2|3|\n4|5|6|\n7|8|9|\n"));
        assertThat(r.dialect()).contains("trailing-delimiter=dropped");
        assertThat(r.header()).containsExactly("a", "b", "c");
        assertThat(r.values()).containsExactly(List.of("1", "2", "3"), List.of("4", "5", "6"), List.of("7", "8", "9"));
    }

    @Test
    void aTrailingDelimiterOnDataLinesOnlyIsDropped() {
        TestingCsv.Result r = TestingCsv.read(TestingCsv.write(dir, "t.csv", "a,b,c\n1,2,3,\n4,5,6,\n7,8,9,\n"));
        assertThat(r.header()).containsExactly("a", "b", "c");
        assertThat(r.values()).containsExactly(List.of("1", "2", "3"), List.of("4", "5", "6"), List.of("7", "8", "9"));
        assertThat(r.rejects()).isEmpty();
    }

    @Test
    void anEmptyLastColumnWithANameIsKept() {
        TestingCsv.Result r = TestingCsv.read(TestingCsv.write(dir, "t.csv", "a,b,note\n1,2,\n4,5,\n7,8,\n"));
        assertThat(r.dialect()).doesNotContain("trailing");
        assertThat(r.header()).containsExactly("a", "b", "note");
        assertThat(r.values().get(0)).containsExactly("1", "2", "");
    }

    @Test
    void strayQuotesInsideUnquotedFieldsAreKept() {
        String text = "item,size,qty\npipe,5\" wide,3\nbolt,it's 2\",4\nnut,\"quoted\",5\n";
        TestingCsv.Result r = TestingCsv.read(TestingCsv.write(dir, "stray.csv", text));
        assertThat(r.dialect()).startsWith("delimiter=',' quote='\"'");
        assertThat(r.column(1)).containsExactly("5\" wide", "it's 2\"", "quoted");
    }

    @Test
    void rowsWithTooManyOrTooFewFieldsAreRejectedWhenRare() {
        List<String> lines = new ArrayList<>(List.of(table(',', 30, "\n").split("\n")));
        lines.set(10, lines.get(10) + ",extra,more");
        lines.set(20, "20,short,row");
        TestingCsv.Result r = TestingCsv.read(TestingCsv.write(dir, "r.csv", String.join("\n", lines) + "\n"));
        assertThat(r.dialect()).doesNotContain("padded");
        assertThat(r.rejects()).extracting(x -> x.line() + ": " + x.rejectReason())
                .containsExactly("11: expected 5 fields, found 7", "21: expected 5 fields, found 3");
        assertThat(r.rejects().get(1).raw()).isEqualTo("20,short,row");
        assertThat(r.rows()).hasSize(28);
    }

    @Test
    void shortRowsArePaddedWithNullWhenTheyAreTheFilesConvention() {
        StringBuilder sb = new StringBuilder("id,name,phone,email\n");
        for (int i = 1; i <= 20; i++) {
            sb.append(i).append(",n").append(i);
            if (i % 3 != 0) {
                sb.append(",555-01").append(i).append(",n").append(i).append("@x.org");
            }
            sb.append('\n');
        }
        TestingCsv.Result r = TestingCsv.read(TestingCsv.write(dir, "pad.csv", sb.toString()));
        assertThat(r.dialect()).contains("short-rows=padded");
        assertThat(r.rejects()).isEmpty();
        assertThat(r.values().get(2)).containsExactly("3", "n3", null, null);
        assertThat(r.values().get(0)).containsExactly("1", "n1", "555-011", "n1@x.org");
    }

    @Test
    void extraEmptyTrailingFieldsAreDroppedNotRejected() {
        TestingCsv.Result r = TestingCsv.read(TestingCsv.write(dir, "e.csv", "a,b\n1,2\n3,4,,,\n5,6\n7,8\n"));
        assertThat(r.values()).containsExactly(List.of("1", "2"), List.of("3", "4"), List.of("5", "6"), List.of("7", "8"));
    }

    @Test
    void aSingleColumnFile() {
        TestingCsv.Result r = TestingCsv.read(TestingCsv.write(dir, "one.csv", "Profession\nFinance\nInformation Technology\nPolicy\nOperational Delivery\n"));
        assertThat(r.dialect()).startsWith("delimiter=','");
        assertThat(r.header()).containsExactly("Profession");
        assertThat(r.column(0)).containsExactly("Finance", "Information Technology", "Policy", "Operational Delivery");
    }

    @Test
    void spaceAlignedTablesSplitOnRunsOfSpaces() {
        StringBuilder sb = new StringBuilder("id      carat       cut color\n");
        for (int i = 1; i <= 12; i++) {
            sb.append(String.format("%2d %9.2f %9s %5s%n", i, i * 0.21, i % 2 == 0 ? "Ideal" : "Premium", "E"));
        }
        TestingCsv.Result r = TestingCsv.read(TestingCsv.write(dir, "aligned.txt", sb.toString()));
        assertThat(r.dialect()).startsWith("delimiter=' ' (runs)");
        assertThat(r.header()).containsExactly("id", "carat", "cut", "color");
        assertThat(r.values().get(0)).containsExactly("1", "0.21", "Premium", "E");
        assertThat(r.rows()).hasSize(12);
        assertThat(r.rejects()).isEmpty();
    }

    @Test
    void backslashEscapedApostrophesMakeTheSingleQuoteTheQuote() {
        StringBuilder sb = new StringBuilder("code;title\n");
        for (int i = 1; i <= 12; i++) {
            sb.append(3000 + i).append(';').append(i % 4 == 0 ? "Ship\\'s deck officers" : "Engineers " + i).append('\n');
        }
        TestingCsv.Result r = TestingCsv.read(TestingCsv.write(dir, "isco.csv", sb.toString()));
        assertThat(r.dialect()).startsWith("delimiter=';' quote='\\'' escape=backslash");
        assertThat(r.values().get(3)).containsExactly("3004", "Ship's deck officers");
    }

    @Test
    void narrowLeadingRowsInARaggedFileAreDataNotPreamble() {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            sb.append("First").append(i).append(", Last").append(i);
            if (i > 5 && i % 3 != 0) {
                sb.append(',').append(i);
            }
            sb.append('\n');
        }
        TestingCsv.Result r = TestingCsv.read(TestingCsv.write(dir, "artists.csv", sb.toString()));
        assertThat(r.dialect()).contains("header=false skip=0").contains("short-rows=padded");
        assertThat(r.header()).containsExactly("column_1", "column_2", "column_3");
        assertThat(r.rows()).hasSize(30);
        assertThat(r.values().get(0)).containsExactly("First1", " Last1", null);
        assertThat(r.values().get(6)).containsExactly("First7", " Last7", "7");
    }
}
