package dev.kimball.connector.excel;

import com.github.pjfanning.xlsx.StreamingReader;
import com.github.pjfanning.xlsx.exceptions.MissingSheetException;
import dev.kimball.api.SourceException;
import dev.kimball.spi.StoredFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Date1904Support;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * One worksheet of an .xlsx, streamed by excel-streaming-reader: a StAX parse of the sheet's XML that keeps
 * {@value #ROW_CACHE} rows in memory. The zip must be random-access, so a local file is opened in place and any
 * other storage is first copied by the library to a temporary file (deleted on close; disk = the file's size,
 * heap = a 64 KiB copy buffer). Memory that does not stream: the workbook's shared-strings table (every distinct
 * text of the workbook, held in memory as POI's read-only table) and its styles.
 */
final class XlsxSheet implements OpenSheet {
    static final int ROW_CACHE = 100;
    private static final int COPY_BUFFER = 64 * 1024;

    private final Workbook workbook;
    private final Sheet sheet;
    private final Iterator<Row> rows;

    private XlsxSheet(Workbook workbook, Sheet sheet) {
        this.workbook = workbook;
        this.sheet = sheet;
        this.rows = sheet.rowIterator();
    }

    /**
     * @throws SourceException SOURCE_NOT_FOUND when the sheet vanished since listing, SOURCE_FORMAT when the file is no
     *                         readable .xlsx, the codes of {@link StoredFile#open()} when it cannot be read
     */
    static XlsxSheet open(StoredFile file, String sheetName) {
        StreamingReader.Builder builder = StreamingReader.builder().rowCacheSize(ROW_CACHE).bufferSize(COPY_BUFFER);
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
            throw new SourceException("SOURCE_FORMAT", "cannot open " + file.name() + " as an .xlsx workbook (damaged, "
                    + "password-protected or not Excel?): " + message(e), e);
        }
        try {
            return new XlsxSheet(wb, wb.getSheet(sheetName));
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
    public Iterator<Row> rows() {
        return rows;
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

    static String message(Throwable e) {
        String m = e.getMessage();
        Throwable c = e.getCause();
        return c != null && c.getMessage() != null && !c.getMessage().equals(m) ? m + " (" + c.getMessage() + ")" : String.valueOf(m);
    }
}
