package dev.kimball.connector.excel;

import dev.kimball.api.SourceException;
import dev.kimball.spi.StoredFile;
import java.io.IOException;
import java.util.Iterator;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;

/**
 * One worksheet of an .xls, read with POI HSSF. HSSF builds the whole workbook in memory: memory grows with the
 * workbook (at most 65,536 rows x 256 columns per sheet, the .xls limits), not bounded like the .xlsx path.
 */
final class XlsSheet implements OpenSheet {
    private final POIFSFileSystem fs;
    private final HSSFWorkbook workbook;
    private final HSSFSheet sheet;
    private final Iterator<Row> rows;

    private XlsSheet(POIFSFileSystem fs, HSSFWorkbook workbook, HSSFSheet sheet) {
        this.fs = fs;
        this.workbook = workbook;
        this.sheet = sheet;
        this.rows = sheet.rowIterator();
    }

    /**
     * @throws SourceException SOURCE_NOT_FOUND when the sheet vanished since listing, SOURCE_FORMAT when the file is no
     *                         readable .xls, the codes of {@link StoredFile#open()} when it cannot be read
     */
    static XlsSheet open(StoredFile file, String sheetName) {
        POIFSFileSystem fs = XlsDirectory.open(file);
        HSSFWorkbook wb;
        try {
            wb = new HSSFWorkbook(fs.getRoot(), false);
        } catch (IOException | RuntimeException e) {
            XlsDirectory.closeQuietly(fs);
            throw new SourceException("SOURCE_FORMAT", "cannot read " + file.name() + " as an .xls workbook: "
                    + XlsxSheet.message(e), e);
        }
        HSSFSheet sheet = wb.getSheet(sheetName);
        if (sheet == null) {
            XlsDirectory.closeQuietly(fs);
            throw new SourceException("SOURCE_NOT_FOUND", "sheet '" + sheetName + "' of " + file.name()
                    + " no longer exists (the file changed since it was listed)");
        }
        return new XlsSheet(fs, wb, sheet);
    }

    @Override
    public Iterator<Row> rows() {
        return rows;
    }

    @Override
    public boolean date1904() {
        return workbook.getInternalWorkbook().isUsing1904DateWindowing();
    }

    @Override
    public int lastRowNumber() {
        return sheet.getPhysicalNumberOfRows() == 0 ? -1 : sheet.getLastRowNum() + 1;
    }

    @Override
    public void close() {
        XlsDirectory.closeQuietly(fs);
    }
}
