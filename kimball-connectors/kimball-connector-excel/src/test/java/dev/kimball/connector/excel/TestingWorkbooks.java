package dev.kimball.connector.excel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kimball.api.Source;
import dev.kimball.api.Sources;
import dev.kimball.spi.RecordReader;
import dev.kimball.spi.SourceRecord;
import dev.kimball.spi.SourceUnit;
import dev.kimball.spi.StoredFile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes real workbooks with POI's own writers (XSSF for .xlsx, HSSF for .xls) and reads them back through the provider. */
final class TestingWorkbooks {
    enum Kind {
        XLSX("xlsx"), XLS("xls");

        final String extension;

        Kind(String extension) {
            this.extension = extension;
        }

        Workbook create() {
            return this == XLSX ? new XSSFWorkbook() : new HSSFWorkbook();
        }
    }

    /** A value written as a formula: {@code new Formula("1/0")}. */
    record Formula(String text) {
    }

    /** A value with a number format: {@code new Formatted(0.125, "0.00%")}. */
    record Formatted(Object value, String format) {
    }

    /** An error cell (not a formula). */
    record Error(org.apache.poi.ss.usermodel.FormulaError error) {
    }

    private TestingWorkbooks() {
    }

    /** Writes {@code <dir>/<base>.<ext>} after {@code fill} and after computing every formula's cached value. */
    static Path write(Path dir, String base, Kind kind, Consumer<Workbook> fill) {
        return write(dir, base + "." + kind.extension, kind, true, fill);
    }

    static Path write(Path dir, String fileName, Kind kind, boolean evaluate, Consumer<Workbook> fill) {
        Path file = dir.resolve(fileName);
        try (Workbook wb = kind.create(); OutputStream out = Files.newOutputStream(file)) {
            fill.accept(wb);
            if (evaluate) {
                wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            }
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Sets the cells of 0-based row {@code rowIndex} from column A: null leaves a cell absent. */
    static void row(Sheet sheet, int rowIndex, Object... values) {
        Row row = sheet.getRow(rowIndex) != null ? sheet.getRow(rowIndex) : sheet.createRow(rowIndex);
        for (int c = 0; c < values.length; c++) {
            if (values[c] != null) {
                set(sheet.getWorkbook(), row.createCell(c), values[c]);
            }
        }
    }

    private static void set(Workbook wb, Cell cell, Object v) {
        if (v instanceof Formatted f) {
            set(wb, cell, f.value());
            CellStyle style = wb.createCellStyle();
            style.setDataFormat(wb.createDataFormat().getFormat(f.format()));
            cell.setCellStyle(style);
        } else if (v instanceof Formula f) {
            cell.setCellFormula(f.text());
        } else if (v instanceof Error e) {
            cell.setCellErrorValue(e.error().getCode());
        } else if (v instanceof String s) {
            cell.setCellValue(s);
        } else if (v instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (v instanceof Boolean b) {
            cell.setCellValue(b);
        } else if (v instanceof LocalDateTime t) {
            cell.setCellValue(t);
        } else if (v instanceof LocalDate d) {
            cell.setCellValue(d);
        } else {
            throw new IllegalArgumentException("no cell for " + v.getClass());
        }
    }

    static List<SourceUnit> units(Path file, Source source) {
        return new ExcelFormatProvider().units(StoredFile.local(file), source);
    }

    static List<SourceUnit> units(Path file) {
        return units(file, Sources.excel(file));
    }

    /** Reads every record of the unit. */
    static List<SourceRecord> readAll(SourceUnit unit) {
        try (RecordReader r = unit.open()) {
            return readAll(r);
        }
    }

    static List<SourceRecord> readAll(RecordReader r) {
        List<SourceRecord> out = new ArrayList<>();
        for (SourceRecord rec = r.next(); rec != null; rec = r.next()) {
            assertThat(rec.isReject() || rec.values().length == r.header().size())
                    .as("row %d has header().size() values", rec.line()).isTrue();
            out.add(rec);
        }
        return out;
    }

    /** The one unit of a one-sheet workbook (or the chosen sheet). */
    static SourceUnit only(List<SourceUnit> units) {
        assertThat(units).hasSize(1);
        return units.get(0);
    }
}
