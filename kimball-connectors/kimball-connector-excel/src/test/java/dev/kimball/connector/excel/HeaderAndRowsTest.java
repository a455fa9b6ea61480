package dev.kimball.connector.excel;

import static dev.kimball.connector.excel.TestingWorkbooks.only;
import static dev.kimball.connector.excel.TestingWorkbooks.readAll;
import static dev.kimball.connector.excel.TestingWorkbooks.row;
import static dev.kimball.connector.excel.TestingWorkbooks.units;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kimball.api.Sources;
import dev.kimball.connector.excel.TestingWorkbooks.Kind;
import dev.kimball.spi.RecordReader;
import dev.kimball.spi.SourceRecord;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Header row detection, explicit header rows, and how rows map onto the columns: in real .xlsx and .xls files. */
class HeaderAndRowsTest {
    @TempDir
    Path dir;

    private Path sheet(Kind kind, Consumer<Sheet> fill) {
        return TestingWorkbooks.write(dir, "t", kind, wb -> fill.accept(wb.createSheet("S")));
    }

    private static List<String> values(SourceRecord r) {
        return Arrays.asList(r.values());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void titleRowsAndAMetadataBlockAboveTheTableAreSkipped(Kind kind) {
        Path file = sheet(kind, s -> {
            row(s, 0, "Quarterly sales report");                  // title
            row(s, 2, "Region:", "North");                        // metadata block, narrower than the table
            row(s, 3, "Period:", "Q1 2024");
            row(s, 5, "Date", "Product", "Units", "Amount");
            row(s, 6, LocalDate.of(2024, 1, 3), "Widget", 3, 29.97);
            row(s, 7, LocalDate.of(2024, 1, 4), "Gadget", 1, 15.5);
        });
        try (RecordReader r = only(units(file)).open()) {
            assertThat(r.header()).containsExactly("Date", "Product", "Units", "Amount");
            assertThat(r.dialect()).contains("header_row=6 (detected)").contains("columns=A:D");
            List<SourceRecord> rows = readAll(r);
            assertThat(rows).extracting(SourceRecord::line).containsExactly(7L, 8L);
            assertThat(values(rows.get(1))).containsExactly("45295", "Gadget", "1", "15.5");
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aGivenHeaderRowWins(Kind kind) {
        Path file = sheet(kind, s -> {
            row(s, 0, "a", "b");
            row(s, 1, "x", "y");
            row(s, 2, "1", "2");
        });
        try (RecordReader r = only(units(file, Sources.excel(file).headerRow(2))).open()) {
            assertThat(r.header()).containsExactly("x", "y");
            assertThat(r.dialect()).contains("header_row=2 (given)");
            assertThat(readAll(r)).extracting(HeaderAndRowsTest::values).containsExactly(List.of("1", "2"));
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aGivenEmptyHeaderRowLeavesEveryColumnUnnamed(Kind kind) {
        Path file = sheet(kind, s -> {
            row(s, 0, "ignored");
            row(s, 2, 1, 2, 3);
        });
        try (RecordReader r = only(units(file, Sources.excel(file).headerRow(2))).open()) {
            assertThat(r.header()).containsExactly("", "", "");
            assertThat(r.dialect()).contains("header_row=2 (empty) (given)");
            assertThat(readAll(r)).extracting(HeaderAndRowsTest::values).containsExactly(List.of("1", "2", "3"));
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void emptyHeaderCellsAndAnUnnamedIndexColumnAreEmptyNames(Kind kind) {
        Path file = sheet(kind, s -> {
            row(s, 0, null, "name", null, "city");   // pandas-style: index column A has no header
            row(s, 1, 0, "Ann", "x", "Oslo");
            row(s, 2, 1, "Bob", null, "Rome");
        });
        try (RecordReader r = only(units(file)).open()) {
            assertThat(r.header()).containsExactly("", "name", "", "city");
            assertThat(readAll(r)).extracting(HeaderAndRowsTest::values)
                    .containsExactly(List.of("0", "Ann", "x", "Oslo"), Arrays.asList("1", "Bob", null, "Rome"));
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void shortRowsArePaddedEmptyRowsSkippedAndLinesAreSheetRows(Kind kind) {
        Path file = sheet(kind, s -> {
            row(s, 0, "a", "b", "c");
            row(s, 1, "1");
            row(s, 4, "2", "3", "4");      // rows 3 and 4 absent
            row(s, 5, null, null, null);
        });
        List<SourceRecord> rows = readAll(only(units(file)));
        assertThat(rows).extracting(SourceRecord::line).containsExactly(2L, 5L);
        assertThat(values(rows.get(0))).containsExactly("1", null, null);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void styledButEmptyRowsAndCellsAreSkipped(Kind kind) {
        Path file = TestingWorkbooks.write(dir, "styled", kind, (Workbook wb) -> {
            Sheet s = wb.createSheet("S");
            row(s, 0, "a", "b");
            row(s, 1, "1", "2");
            CellStyle yellow = wb.createCellStyle();
            yellow.setFillForegroundColor(IndexedColors.YELLOW.getIndex());
            yellow.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            for (int r = 2; r < 50; r++) {
                for (int c = 0; c < 8; c++) {
                    s.createRow(r).createCell(c).setCellStyle(yellow);
                }
            }
        });
        try (RecordReader r = only(units(file)).open()) {
            assertThat(r.header()).containsExactly("a", "b");
            assertThat(readAll(r)).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void columnsWidenToValuesNearTheHeaderAndLaterOutsideValuesAreRejected(Kind kind) {
        Path file = sheet(kind, s -> {
            row(s, 0, "id", "name");
            row(s, 1, 1, "a", "note beside the table");   // within the first rows: a third, unnamed column
            for (int i = 2; i < 260; i++) {
                row(s, i, i, "r" + i);
            }
            row(s, 260, 260, "late", null, null, "far right", "more");
        });
        try (RecordReader r = only(units(file)).open()) {
            assertThat(r.header()).containsExactly("id", "name", "");
            List<SourceRecord> rows = readAll(r);
            assertThat(values(rows.get(0))).containsExactly("1", "a", "note beside the table");
            assertThat(values(rows.get(1))).containsExactly("2", "r2", null);
            SourceRecord last = rows.get(rows.size() - 1);
            assertThat(last.isReject()).isTrue();
            assertThat(last.line()).isEqualTo(261);
            assertThat(last.rejectReason()).startsWith("values outside the table's columns A:C: E261='far right', F261='more'");
            assertThat(last.raw()).isEqualTo("260\tlate\t\t\tfar right\tmore");
            assertThat(rows.stream().filter(SourceRecord::isReject)).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void mergedCellsKeepTheirValueInTheFirstCellOnly(Kind kind) {
        Path file = sheet(kind, s -> {
            row(s, 0, "Name", "Contact", null, "Total");
            s.addMergedRegion(new CellRangeAddress(0, 0, 1, 2));     // header B1:C1 merged
            row(s, 1, "Ann", "ann@x.org", "555-1", 10);
            row(s, 2, "Group A", null, null, 30);
            s.addMergedRegion(new CellRangeAddress(2, 3, 0, 0));     // A3:A4 merged vertically
            row(s, 3, null, "bob@x.org", "555-2", 20);
        });
        try (RecordReader r = only(units(file)).open()) {
            assertThat(r.header()).containsExactly("Name", "Contact", "", "Total");
            assertThat(readAll(r)).extracting(HeaderAndRowsTest::values).containsExactly(
                    List.of("Ann", "ann@x.org", "555-1", "10"),
                    Arrays.asList("Group A", null, null, "30"),
                    Arrays.asList(null, "bob@x.org", "555-2", "20"));
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aNumericHeaderIsNotDetectedSoTheFirstRowIsTheHeader(Kind kind) {
        Path file = sheet(kind, s -> {
            row(s, 0, "Region", 2023, 2024);
            row(s, 1, "North", 10, 12);
        });
        try (RecordReader r = only(units(file)).open()) {
            assertThat(r.header()).containsExactly("Region", "2023", "2024");
            assertThat(readAll(r)).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aHeaderOnlySheetHasColumnsAndNoRows(Kind kind) {
        Path file = sheet(kind, s -> row(s, 2, "a", "b"));
        try (RecordReader r = only(units(file)).open()) {
            assertThat(r.header()).containsExactly("a", "b");
            assertThat(r.next()).isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anEmptySheetHasNoColumnsAndNoRows(Kind kind) {
        Path file = TestingWorkbooks.write(dir, "e", kind, wb -> {
            wb.createSheet("Empty");
            row(wb.createSheet("Data"), 0, "x");
        });
        try (RecordReader r = units(file).get(0).open()) {
            assertThat(r.header()).isEmpty();
            assertThat(r.next()).isNull();
            assertThat(r.dialect()).isEqualTo("sheet='Empty' header_row=none (detected) columns=none values=ISO");
            assertThat(r.bytesRead()).isGreaterThanOrEqualTo(0);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void headerNamesAreTheDisplayedTextOfTheirCells(Kind kind) {
        Path file = sheet(kind, s -> {
            row(s, 0, "Region", new TestingWorkbooks.Formatted(LocalDate.of(2024, 1, 1), "mmm-yy"),
                    new TestingWorkbooks.Formula("\"Feb\"&\"-24\""), " spaced ");
            row(s, 1, "North", 1, 2, 3);
        });
        try (RecordReader r = only(units(file)).open()) {
            // a date in the header is not text, so detection falls back to the first row, named as the sheet shows it
            assertThat(r.header()).containsExactly("Region", "Jan-24", "Feb-24", " spaced ");
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aHeaderBelowRowOneHundredNeedsHeaderRow(Kind kind) {
        Path file = sheet(kind, s -> {
            for (int i = 0; i < 150; i++) {
                row(s, i, "note " + i);
            }
            row(s, 150, "id", "name");
            row(s, 151, 1, "a");
        });
        try (RecordReader r = only(units(file, Sources.excel(file).headerRow(151))).open()) {
            assertThat(r.header()).containsExactly("id", "name");
            assertThat(readAll(r)).extracting(SourceRecord::line).containsExactly(152L);
        }
    }
}
