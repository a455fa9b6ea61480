package dev.kimball.connector.excel;

import com.github.pjfanning.xlsx.SharedStringsImplementationType;
import com.github.pjfanning.xlsx.StreamingReader;
import com.github.pjfanning.xlsx.exceptions.MissingSheetException;
import dev.kimball.api.SourceException;
import dev.kimball.spi.StoredFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Date1904Support;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * One worksheet of an .xlsx, streamed by excel-streaming-reader: a StAX parse of the sheet's XML that keeps
 * {@value #ROW_CACHE} rows in memory. The zip must be random-access, so a local file is opened in place and any
 * other storage is first copied by the library to a temporary file (deleted on close; disk = the file's size,
 * heap = a 64 KiB copy buffer). The workbook's shared-strings table (every distinct text of the workbook) does not
 * stream: up to {@value #SHARED_STRINGS_IN_HEAP} bytes of its XML it is held in the heap (about twice that size),
 * above that in a temporary MVStore file (poi-shared-strings; MVStore's page cache, 16 MiB by default, is the heap
 * it takes), slower to look up but bounded: 1,000,000 distinct texts read in a 40 MiB heap.
 * Styles are held in memory (small).
 */
final class XlsxSheet implements OpenSheet {
    static final int ROW_CACHE = 100;
    /** Shared-strings XML above this many bytes goes to a temporary file instead of the heap. */
    static final long SHARED_STRINGS_IN_HEAP = 8L * 1024 * 1024;
    private static final int COPY_BUFFER = 64 * 1024;

    private final String fileName;
    private final Workbook workbook;
    private final Sheet sheet;
    private final Iterator<Row> rows;
    private int lastRow;

    private XlsxSheet(String fileName, Workbook workbook, Sheet sheet) {
        this.fileName = fileName;
        this.workbook = workbook;
        this.sheet = sheet;
        this.rows = sheet.rowIterator();
    }

    /**
     * @throws SourceException SOURCE_NOT_FOUND when the sheet vanished since listing, SOURCE_FORMAT when the file is no
     *                         readable .xlsx, the codes of {@link StoredFile#open()} when it cannot be read
     */
    static XlsxSheet open(StoredFile file, String sheetName, long sharedStringsBytes) {
        StreamingReader.Builder builder = StreamingReader.builder().rowCacheSize(ROW_CACHE).bufferSize(COPY_BUFFER);
        if (sharedStringsBytes > SHARED_STRINGS_IN_HEAP) {
            builder.setSharedStringsImplementationType(SharedStringsImplementationType.TEMP_FILE_BACKED);
        }
        Workbook wb;
        try {
            Optional<Path> local = LocalFiles.path(file);
            if (local.isPresent()) {
                wb = builder.open(local.get().toFile());
            } else {
                try (InputStream in = file.open()) {
                    wb = builder.open(in);
                }
            }
        } catch (SourceException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            if (causedByZipBombCheck(e)) {
                throw new SourceException("SOURCE_FORMAT", "cannot open " + file.name() + ": a part of it expands more "
                        + "than POI allows (100 times its compressed size), which POI refuses as a possible zip bomb; if "
                        + "the file is trusted, the application can lower the limit with "
                        + "org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio (JVM-wide)", e);
            }
            throw new SourceException("SOURCE_FORMAT", "cannot open " + file.name() + " as an .xlsx workbook (damaged, "
                    + "password-protected or not Excel?): " + message(e), e);
        }
        try {
            return new XlsxSheet(file.name(), wb, wb.getSheet(sheetName));
        } catch (MissingSheetException e) {
            close(wb, file.name());
            throw new SourceException("SOURCE_NOT_FOUND", "sheet '" + sheetName + "' of " + file.name()
                    + " no longer exists (the file changed since it was listed)", e);
        } catch (RuntimeException e) {
            close(wb, file.name());
            throw new SourceException("SOURCE_FORMAT", "cannot read sheet '" + sheetName + "' of " + file.name() + ": "
                    + message(e), e);
        }
    }

    @Override
    public RawRow next() {
        try {
            if (!rows.hasNext()) {
                return null;
            }
            Row row = rows.next();
            lastRow = row.getRowNum() + 1;
            List<RawCell> cells = new ArrayList<>(Math.max(0, row.getLastCellNum()));
            for (Cell c : row) {
                RawCell cell = cell(c);
                if (cell != null) {
                    cells.add(cell);
                }
            }
            return new RawRow(lastRow, cells);
        } catch (RuntimeException e) {
            throw new SourceException("SOURCE_READ_FAILED", "reading sheet '" + sheet.getSheetName() + "' of " + fileName
                    + " failed after row " + lastRow + " (damaged file?): " + message(e), e);
        }
    }

    /** The cell's value, a formula's cached result, or {@code null} when blank (or a formula saved without a result). */
    private static RawCell cell(Cell c) {
        CellType t = c.getCellType();
        if (t == CellType.FORMULA) {
            t = c.getCachedFormulaResultType();
        }
        int col = c.getColumnIndex();
        switch (t) {
            case STRING -> {
                String s = c.getStringCellValue();
                return s == null ? null : RawCell.text(col, s);
            }
            case NUMERIC -> {
                CellStyle style = c.getCellStyle();
                return style == null ? RawCell.number(col, c.getNumericCellValue(), 0, RawCell.GENERAL)
                        : RawCell.number(col, c.getNumericCellValue(), style.getDataFormat(), style.getDataFormatString());
            }
            case BOOLEAN -> {
                return RawCell.bool(col, c.getBooleanCellValue());
            }
            case ERROR -> {
                return RawCell.error(col, errorText(c));
            }
            default -> {
                return null;
            }
        }
    }

    private static String errorText(Cell cell) {
        byte code;
        try {
            code = cell.getErrorCellValue();
        } catch (IllegalStateException formulaCell) {
            // excel-streaming-reader gives a formula's cached error only as text: "ERROR:  #DIV/0!"
            String s = cell.getStringCellValue();
            int hash = s == null ? -1 : s.indexOf('#');
            return hash < 0 ? s : s.substring(hash);
        }
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException unknownCode) {
            return "#ERROR(" + code + ")";
        }
    }

    @Override
    public boolean date1904() {
        return workbook instanceof Date1904Support d && d.isDate1904();
    }

    @Override
    public int lastRowNumber() {
        int last = sheet.getLastRowNum();
        return last > 0 ? last + 1 : -1;
    }

    /**
     * @throws SourceException SOURCE_READ_FAILED when the workbook cannot be closed
     */
    @Override
    public void close() {
        close(workbook, sheet.getSheetName());
    }

    private static void close(Workbook wb, String name) {
        try {
            wb.close();
        } catch (IOException e) {
            throw new SourceException("SOURCE_READ_FAILED", "closing " + name + " failed: " + e.getMessage(), e);
        }
    }

    private static boolean causedByZipBombCheck(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb detected")) {
                return true;
            }
            for (Throwable s : t.getSuppressed()) {
                if (s.getMessage() != null && s.getMessage().contains("Zip bomb detected")) {
                    return true;
                }
            }
        }
        return false;
    }

    static String message(Throwable e) {
        String m = e.getMessage();
        Throwable c = e.getCause();
        return c != null && c.getMessage() != null && !c.getMessage().equals(m) ? m + " (" + c.getMessage() + ")" : String.valueOf(m);
    }
}
