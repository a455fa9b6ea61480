package dev.kimball.connector.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kimball.api.Sources;
import dev.kimball.spi.RecordReader;
import dev.kimball.spi.SourceRecord;
import dev.kimball.spi.SourceUnit;
import dev.kimball.spi.StoredFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Streaming, values, line numbers, rejects and their recovery. */
class CsvRecordReaderTest {
    @TempDir
    Path dir;

    @Test
    void emptyFieldsAreEmptyStringsAndValuesKeepTheirExactText() {
        String text = "a,b,c,d\n1,,\"\",\"  spaced  \"\n  lead,trail  ,\"x\"\"y\",\"ü€😀\"\n";
        TestingCsv.Result r = TestingCsv.read(TestingCsv.write(dir, "v.csv", text));
        assertThat(r.values()).containsExactly(List.of("1", "", "", "  spaced  "), List.of("  lead", "trail  ", "x\"y", "ü€😀"));
    }

    @Test
    void lineNumbersAreWhereRecordsStartAcrossMultiLineFields() {
        String text = "id,text\n1,\"a\nb\nc\"\n2,plain\n\n3,\"x\r\ny\"\n4,end";
        TestingCsv.Result r = TestingCsv.read(TestingCsv.write(dir, "ml.csv", text));
        assertThat(r.column(0)).containsExactly("1", "2", "3", "4");
        assertThat(r.rowLines()).containsExactly(2L, 5L, 7L, 9L);
        assertThat(r.column(1).get(0)).isEqualTo("a\nb\nc");
    }

    @Test
    void anUnclosedQuoteRejectsOnlyItsLineAndReadingGoesOn() {
        StringBuilder sb = new StringBuilder("id,name,qty\n");
        for (int i = 1; i <= 20; i++) {
            sb.append(i).append(i == 7 ? ",\"broken name," : ",name ").append(i).append(',').append(i).append('\n');
        }
        TestingCsv.Result r = TestingCsv.read(TestingCsv.write(dir, "u.csv", sb.toString()));
        assertThat(r.rejects()).hasSize(1);
        SourceRecord bad = r.rejects().get(0);
        assertThat(bad.line()).isEqualTo(8);
        assertThat(bad.raw()).isEqualTo("7,\"broken name,7,7");
        assertThat(bad.rejectReason()).contains("quote opened on line 8 is never closed").contains("restarted at line 9");
        assertThat(r.rows()).hasSize(19);
        assertThat(r.column(0)).contains("6", "8", "20").doesNotContain("7");
    }

    @Test
    void aStrayOpeningQuoteThatJoinsLinesIntoAWrongFieldCountIsRejectedAndTheJoinedLinesAreReadAgain() {
        TestingCsv.Result r = TestingCsv.read(Sources.csv(TestingCsv.write(dir, "j.csv", strayQuoteFile("bad\",9,9"))).quote('"'));
        // line 6 opened a quote that closed on line 10, giving 4 fields; line 10 alone has 4 fields too
        assertThat(r.rejects()).extracting(SourceRecord::line).containsExactly(6L, 10L);
        assertThat(r.rejects().get(0).raw()).isEqualTo("5,\"oops,5");
        assertThat(r.rejects().get(0).rejectReason()).startsWith("expected 3 fields, found 4").contains("restarted at line 7");
        assertThat(r.rows()).hasSize(18);
        assertThat(r.column(1)).contains("n6", "n8", "n20");
        assertThat(r.rejects().size() + r.rows().size()).isEqualTo(20);
    }

    @Test
    void aClosingQuoteFollowedByTextAfterJoiningLinesIsRejectedAndTheJoinedLinesAreReadAgain() {
        TestingCsv.Result r = TestingCsv.read(Sources.csv(TestingCsv.write(dir, "j.csv", strayQuoteFile("bad\" x,9"))).quote('"'));
        assertThat(r.rejects()).extracting(SourceRecord::line).containsExactly(6L);
        assertThat(r.rejects().get(0).rejectReason()).contains("closing quote on line 10 is followed by 'x'").contains("restarted at line 7");
        assertThat(r.rows()).hasSize(19);
        assertThat(r.column(1)).contains("n6", "n8", "bad\" x", "n20");
    }

    /**
     * 20 rows of 3 fields; row 5's name opens a quote, row 9 is {@code 9,<row9>}. Read with the quote set explicitly:
     * detection alone would see that quotes never enclose a field here and read it without quoting.
     */
    private static String strayQuoteFile(String row9) {
        StringBuilder sb = new StringBuilder("id,name,qty\n");
        for (int i = 1; i <= 20; i++) {
            if (i == 9) {
                sb.append("9,").append(row9).append('\n');
            } else {
                sb.append(i).append(',').append(i == 5 ? "\"oops" : "n" + i).append(',').append(i).append('\n');
            }
        }
        return sb.toString();
    }

    @Test
    void brokenRowsInTheMiddleDoNotStopTheRest() {
        StringBuilder sb = new StringBuilder("a;b;c\n");
        for (int i = 0; i < 1000; i++) {
            if (i == 300) {
                sb.append("x;y\n");
            } else if (i == 600) {
                sb.append("1;2;3;4;5\n");
            } else if (i == 700) {
                sb.append("p;\"unclosed;q\n");
            } else {
                sb.append(i).append(";v").append(i).append(";w\n");
            }
        }
        TestingCsv.Result r = TestingCsv.read(TestingCsv.write(dir, "m.csv", sb.toString()));
        assertThat(r.rejects()).extracting(SourceRecord::line).containsExactly(302L, 602L, 702L);
        assertThat(r.rows()).hasSize(997);
        assertThat(r.rows().get(r.rows().size() - 1).values()).containsExactly("999", "v999", "w");
    }

    @Test
    void aRecordOverTheSizeCapIsRejectedWithTruncatedRawText() {
        StringBuilder sb = new StringBuilder("id,blob\n1,small\n2,");
        sb.append("x".repeat(CsvTokenizer.MAX_RECORD_CHARS + 10));
        sb.append("\n3,after\n");
        TestingCsv.Result r = TestingCsv.read(TestingCsv.write(dir, "big.csv", sb.toString()));
        assertThat(r.column(0)).containsExactly("1", "3");
        assertThat(r.rejects()).hasSize(1);
        assertThat(r.rejects().get(0).line()).isEqualTo(3);
        assertThat(r.rejects().get(0).raw()).hasSize(CsvTokenizer.MAX_RAW_CHARS).startsWith("2,xxx");
        assertThat(r.rejects().get(0).rejectReason()).contains("longer than 16 Mi characters");
        assertThat(r.rows().get(1).line()).isEqualTo(4);
    }

    @Test
    void controlCharactersAreRemovedAndCounted() {
        String text = "id,text\n1,a\u0000b\u0001c\u007fd\u0085e\tf\n2,clean\n";
        TestingCsv.Result r = TestingCsv.read(TestingCsv.write(dir, "ctl.csv", text));
        assertThat(r.values()).containsExactly(List.of("1", "abcde\tf"), List.of("2", "clean"));
        assertThat(r.controlCharsRemoved()).isEqualTo(4);
    }

    @Test
    void bytesReadEndsAtTheFileSize() throws Exception {
        Path f = TestingCsv.write(dir, "t.csv", DialectDetectionTest.table(',', 5000, "\r\n"));
        TestingCsv.Result r = TestingCsv.read(f);
        assertThat(r.bytesRead()).isEqualTo(Files.size(f));
    }

    @Test
    void hostileHeaderNamesAreKeptExactly() {
        String text = "\"\",dup,dup,\"a \"\"quoted\"\" name\",`tick`,\"x;DROP TABLE t;--\",été 😀,\"multi\nline\",  spaced  \n"
                + "1,2,3,4,5,6,7,8,9\n";
        TestingCsv.Result r = TestingCsv.read(TestingCsv.write(dir, "h.csv", text));
        assertThat(r.header()).containsExactly("", "dup", "dup", "a \"quoted\" name", "`tick`", "x;DROP TABLE t;--", "été 😀",
                "multi\nline", "  spaced  ");
        assertThat(r.values()).containsExactly(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9"));
    }

    @Test
    void rowsAndRejectsReconcileWithDataLinesOn100kRows() {
        StringBuilder sb = new StringBuilder("id,name,amount,day,flag\n");
        int bad = 0;
        for (int i = 0; i < 100_000; i++) {
            if (i % 997 == 0) {
                sb.append(i).append(",broken\n");
                bad++;
            } else if (i % 1999 == 0) {
                sb.append(i).append(",\"n").append(i).append("\",1,2,3,4\n");
                bad++;
            } else {
                sb.append(i).append(",\"n, ").append(i).append("\",").append(i % 100).append(".5,2024-01-01,")
                        .append(i % 2 == 0).append('\n');
            }
        }
        TestingCsv.Result r = TestingCsv.read(TestingCsv.write(dir, "big.csv", sb.toString()));
        assertThat(r.rows().size() + r.rejects().size()).isEqualTo(100_000);
        assertThat(r.rejects()).hasSize(bad);
        assertThat(r.rows().get(0).values()).containsExactly("1", "n, 1", "1.5", "2024-01-01", "false");
        assertThat(r.rows().get(r.rows().size() - 1).line()).isEqualTo(100_001);
    }

    @Test
    void anEmptyFileHasNoColumnsAndNoRecords() {
        TestingCsv.Result r = TestingCsv.read(TestingCsv.write(dir, "empty.csv", ""));
        assertThat(r.header()).isEmpty();
        assertThat(r.rows()).isEmpty();
        assertThat(r.rejects()).isEmpty();
    }

    @Test
    void aHeaderOnlyFileHasColumnsAndNoRows() {
        TestingCsv.Result r = TestingCsv.read(TestingCsv.write(dir, "h.csv", "id;name;city\n"));
        assertThat(r.header()).containsExactly("id", "name", "city");
        assertThat(r.rows()).isEmpty();
    }

    @Test
    void theReaderWorksOnAnyStorageStream() {
        byte[] bytes = "k|v\na|1\nb|2\n".getBytes(StandardCharsets.UTF_8);
        StoredFile object = new TestingStoredFile("s3://bucket/k.csv", bytes);
        List<SourceUnit> units = new CsvFormatProvider().units(object, Sources.csv(Sources.s3("bucket", "k.csv")));
        assertThat(units).singleElement().satisfies(u -> {
            assertThat(u.name()).isEqualTo("s3://bucket/k.csv");
            assertThat(u.tableHint()).isEqualTo("k");
            assertThat(u.sizeBytes()).isEqualTo(bytes.length);
        });
        try (RecordReader r = units.get(0).open()) {
            assertThat(r.header()).containsExactly("k", "v");
            assertThat(r.next().values()).containsExactly("a", "1");
            assertThat(r.next().values()).containsExactly("b", "2");
            assertThat(r.next()).isNull();
            assertThat(r.bytesRead()).isEqualTo(bytes.length);
            assertThat(r.dialect()).startsWith("delimiter='|'");
        }
    }
}
