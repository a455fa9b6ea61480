package dev.kimball.connector.excel;

import static dev.kimball.connector.excel.TestingWorkbooks.readAll;
import static dev.kimball.connector.excel.TestingWorkbooks.row;
import static dev.kimball.connector.excel.TestingWorkbooks.units;
import static dev.kimball.connector.excel.TestingWorkbooks.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kimball.api.ExcelSource.CellValues;
import dev.kimball.api.Sources;
import dev.kimball.connector.excel.TestingWorkbooks.Error;
import dev.kimball.connector.excel.TestingWorkbooks.Formatted;
import dev.kimball.connector.excel.TestingWorkbooks.Formula;
import dev.kimball.connector.excel.TestingWorkbooks.Kind;
import dev.kimball.spi.RecordReader;
import dev.kimball.spi.SourceRecord;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every kind of cell, written by POI's XSSF and HSSF writers, read as ISO values and as displayed text. */
class CellValuesTest {
    @TempDir
    Path dir;

    /** {case, cell, ISO value, displayed text}. */
    private static final Object[][] CASES = {
        {"integer", 42, "42", "42"},
        {"ten million", 1.0E7, "10000000", "10000000"},
        {"decimal 0.1", 0.1, "0.1", "0.1"},
        {"decimal", 1234.5678, "1234.5678", "1234.5678"},
        {"small decimal", 0.0000001, "0.0000001", "0.0000001"},
        {"negative", -17.25, "-17.25", "-17.25"},
        {"15-digit integer", 123456789012345.0, "123456789012345", "1.23457E+14"},
        {"16-digit integer", 1234567890123456.0, "1234567890123456", "1.23457E+15"},
        {"20-digit integer", 12345678901234567890.0, "12345678901234567000", "1.23457E+19"},
        {"sum with binary noise", new Formula("0.1+0.2"), "0.3", "0.3"},
        {"one third", new Formula("1/3"), "0.333333333333333", "0.3333333333"},
        {"date iso format", new Formatted(LocalDate.of(2024, 3, 15), "yyyy-mm-dd"), "2024-03-15", "2024-03-15"},
        {"date builtin format", new Formatted(LocalDate.of(2024, 3, 15), "m/d/yy"), "2024-03-15", "3/15/24"},
        {"date-time", new Formatted(LocalDateTime.of(2024, 3, 15, 13, 45), "yyyy-mm-dd hh:mm:ss"), "2024-03-15T13:45:00",
            "2024-03-15 13:45:00"},
        {"date-time at midnight", new Formatted(LocalDateTime.of(2024, 3, 15, 0, 0), "yyyy-mm-dd hh:mm"),
            "2024-03-15T00:00:00", "2024-03-15 00:00"},
        {"date-time with ms", new Formatted(LocalDateTime.of(2024, 3, 15, 13, 45, 30, 250_000_000), "yyyy-mm-dd hh:mm:ss.000"),
            "2024-03-15T13:45:30.250", "2024-03-15 13:45:30.250"},
        {"date hiding a time", new Formatted(LocalDateTime.of(2024, 3, 15, 6, 0), "d-mmm-yyyy"), "2024-03-15T06:00:00",
            "15-Mar-2024"},
        {"time", new Formatted(13.0 / 24 + 45.0 / 1440 + 30.0 / 86400, "h:mm:ss"), "13:45:30", "13:45:30"},
        {"time am/pm", new Formatted(13.0 / 24 + 45.0 / 1440, "h:mm AM/PM"), "13:45:00", "1:45 PM"},
        {"elapsed time", new Formatted(1.5, "[h]:mm:ss"), "36:00:00", "36:00:00"},
        {"currency", new Formatted(1234.5, "\"$\"#,##0.00"), "1234.5", "$1,234.50"},
        {"negative currency", new Formatted(-1234.5, "\"$\"#,##0.00;(\"$\"#,##0.00)"), "-1234.5", "($1,234.50)"},
        {"percentage", new Formatted(0.125, "0.00%"), "0.125", "12.50%"},
        {"thousands", new Formatted(1234567.0, "#,##0"), "1234567", "1,234,567"},
        {"true", true, "true", "TRUE"},
        {"boolean formula", new Formula("1>2"), "false", "FALSE"},
        {"division by zero", new Formula("1/0"), "#DIV/0!", "#DIV/0!"},
        {"error cell", new Error(FormulaError.NA), "#N/A", "#N/A"},
        {"text formula", new Formula("CONCATENATE(\"ab\",\"cd\")"), "abcd", "abcd"},
        {"text with leading zeros", "00123", "00123", "00123"},
        {"unicode", "Zürich – 東京 🚀 Ωμέγα", "Zürich – 東京 🚀 Ωμέγα", "Zürich – 東京 🚀 Ωμέγα"},
        {"line break", "line one\nline two", "line one\nline two", "line one\nline two"},
        {"blank", null, null, null},
    };

    private Path workbook(Kind kind) {
        return TestingWorkbooks.write(dir, "values", kind, wb -> {
            Sheet s = wb.createSheet("Values");
            row(s, 0, "case", "value");
            for (int i = 0; i < CASES.length; i++) {
                row(s, i + 1, CASES[i][0], CASES[i][1]);
            }
        });
    }

    private Map<String, String> read(Path file, CellValues mode, long[] controlChars) {
        Map<String, String> byCase = new LinkedHashMap<>();
        try (RecordReader r = only(units(file, Sources.excel(file).values(mode))).open()) {
            assertThat(r.header()).containsExactly("case", "value");
            for (SourceRecord rec : readAll(r)) {
                assertThat(rec.isReject()).as("row %d: %s", rec.line(), rec.rejectReason()).isFalse();
                byCase.put(rec.values()[0], rec.values()[1]);
            }
            controlChars[0] = r.controlCharsRemoved();
        }
        return byCase;
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void isoValues(Kind kind) {
        long[] removed = new long[1];
        Map<String, String> got = read(workbook(kind), CellValues.ISO, removed);
        Map<String, String> want = new LinkedHashMap<>();
        for (Object[] c : CASES) {
            want.put((String) c[0], (String) c[2]);
        }
        assertThat(got).containsExactlyEntriesOf(want);
        assertThat(removed[0]).isZero();
    }

    /** XSSF's writer turns a control character into '?' itself, so only .xls can carry one to the reader. */
    @Test
    void controlCharactersAreRemovedAndCounted() {
        Path file = TestingWorkbooks.write(dir, "control", Kind.XLS, wb -> {
            Sheet s = wb.createSheet("c");
            row(s, 0, "na\u0002me", "other");
            row(s, 1, "a\u0001b\u0000c", "tab\tkept");
        });
        try (RecordReader r = only(units(file)).open()) {
            assertThat(r.header()).containsExactly("name", "other");
            List<SourceRecord> rows = readAll(r);
            assertThat(rows.get(0).values()).containsExactly("abc", "tab\tkept");
            assertThat(r.controlCharsRemoved()).isEqualTo(3);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void displayedText(Kind kind) {
        Map<String, String> got = read(workbook(kind), CellValues.DISPLAYED, new long[1]);
        Map<String, String> want = new LinkedHashMap<>();
        for (Object[] c : CASES) {
            want.put((String) c[0], (String) c[3]);
        }
        assertThat(got).containsExactlyEntriesOf(want);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void readerDescribesSheetAndFormat(Kind kind) {
        Path file = workbook(kind);
        try (RecordReader r = only(units(file)).open()) {
            assertThat(r.encoding()).isEqualTo(kind.extension);
            assertThat(r.dialect()).isEqualTo("sheet='Values' header_row=1 (detected) columns=A:B values=ISO");
        }
    }

    @Test
    void workbookWith1904DatesReadsTheSameDates() throws Exception {
        Path file = TestingWorkbooks.write(dir, "mac1904", Kind.XLSX, wb -> {
            var ct = ((XSSFWorkbook) wb).getCTWorkbook();
            (ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(true);
            Sheet s = wb.createSheet("d");
            row(s, 0, "day");
            row(s, 1, new Formatted(LocalDate.of(2024, 3, 15), "yyyy-mm-dd"));
        });
        try (XSSFWorkbook check = new XSSFWorkbook(file.toFile())) {
            assertThat(check.getSheetAt(0).getRow(1).getCell(0).getNumericCellValue())
                    .as("stored as days since 1904").isEqualTo(DateUtil.getExcelDate(LocalDate.of(2024, 3, 15), true));
        }
        List<SourceRecord> rows = readAll(only(units(file)));
        assertThat(rows).extracting(r -> r.values()[0]).containsExactly("2024-03-15");
    }
}
