package dev.kimball.connector.excel;

import dev.kimball.api.ExcelSource;
import dev.kimball.api.FilesSource;
import dev.kimball.api.Source;
import dev.kimball.api.SourceException;
import dev.kimball.spi.FormatProvider;
import dev.kimball.spi.SourceUnit;
import dev.kimball.spi.StoredFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.poifs.filesystem.DocumentInputStream;

/**
 * Excel workbooks: {@code .xlsx}/{@code .xlsm} streamed with excel-streaming-reader ({@link XlsxSheet}), {@code .xls}
 * streamed record by record with POI HSSF's record factory ({@link XlsSheet}); both in bounded memory apart from the
 * workbook's table of distinct texts (see those classes). The container is recognised by its first bytes, whatever
 * the extension says; {@code .xlsb} and Excel 95 files are refused with a message saying so.
 *
 * <p>Units: one per worksheet in workbook order (hidden sheets included, chart sheets have no cells and are left
 * out), or only the sheet chosen with {@link ExcelSource#sheet(String)} (matched exactly, else ignoring case).
 * Unit name {@code <file>#<sheet>}; table hint {@code <file base>_<sheet>}, or just {@code <file base>} for a
 * workbook with one worksheet (the engine snake-cases it). The hint does not depend on whether a sheet was chosen,
 * so loading one sheet or all gives the same table names. A workbook without worksheets gives no unit.
 * Listing reads the zip directory and two small XML parts of an .xlsx (a few ranged reads on object storage) or the
 * workbook globals of an .xls (which needs the file: a temporary copy when it is not local).
 *
 * <p>Cell values: {@link CellText}; header and columns: {@link HeaderDetector}; rows: {@link SheetRecordReader}.
 */
public final class ExcelFormatProvider implements FormatProvider {
    @Override
    public String name() {
        return "excel";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("xlsx", "xlsm", "xls");
    }

    @Override
    public boolean accepts(Source source) {
        return source instanceof ExcelSource || source instanceof FilesSource;
    }

    /**
     * @throws SourceException SOURCE_FORMAT when the file is not a readable workbook (saying what it looks like),
     *                         SOURCE_NOT_FOUND when the chosen sheet is not in it (listing the sheets it has) or the
     *                         file vanished, SOURCE_READ_FAILED when it cannot be read
     */
    @Override
    public List<SourceUnit> units(StoredFile file, Source source) {
        ExcelOptions options = ExcelOptions.of(source);
        WorkbookFormat format = WorkbookFormat.of(file);
        List<SheetInfo> sheets = switch (format) {
            case XLSX -> XlsxDirectory.sheets(file);
            case XLS -> xlsSheets(file);
        };
        String base = baseName(file.fileName());
        List<SourceUnit> units = new ArrayList<>();
        for (SheetInfo s : options.sheet() == null ? sheets : List.of(chosen(sheets, options.sheet(), file))) {
            String hint = sheets.size() == 1 ? base : base + "_" + s.name();
            units.add(new SheetUnit(file, format, s, options, hint));
        }
        return List.copyOf(units);
    }

    private static List<SheetInfo> xlsSheets(StoredFile file) {
        try (XlsContainer c = XlsContainer.open(file); DocumentInputStream in = c.workbookStream()) {
            int size = in.available();
            return XlsGlobals.read(XlsContainer.records(in), file.name()).sheets(size);
        } catch (IOException e) {
            throw new SourceException("SOURCE_READ_FAILED", "cannot read " + file.name() + ": " + e.getMessage(), e);
        }
    }

    private static SheetInfo chosen(List<SheetInfo> sheets, String wanted, StoredFile file) {
        for (SheetInfo s : sheets) {
            if (s.name().equals(wanted)) {
                return s;
            }
        }
        for (SheetInfo s : sheets) {
            if (s.name().equalsIgnoreCase(wanted)) {
                return s;
            }
        }
        String have = sheets.isEmpty() ? "it has no worksheets"
                : "its sheets are " + sheets.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
        throw new SourceException("SOURCE_NOT_FOUND", "sheet '" + wanted + "' not found in " + file.name() + "; " + have);
    }

    static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    @Override
    public String toString() {
        return "ExcelFormatProvider[xlsx, xlsm, xls]";
    }
}
