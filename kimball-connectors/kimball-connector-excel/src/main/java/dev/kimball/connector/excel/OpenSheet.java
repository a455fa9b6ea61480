package dev.kimball.connector.excel;

import java.util.Iterator;
import org.apache.poi.ss.usermodel.Row;

/** One sheet opened for reading: its rows in order (absent rows skipped) and what owns them. */
interface OpenSheet extends AutoCloseable {
    /** The rows; each is only valid until the next is taken (the .xlsx reader reuses a small window). */
    Iterator<Row> rows();

    /** Whether dates count from 1904 (old Mac workbooks) instead of 1900. */
    boolean date1904();

    /** The 1-based number of the last row as the sheet declares it, or -1 when unknown (for progress only). */
    int lastRowNumber();

    /** Closes the workbook and deletes any temporary copy. */
    @Override
    void close();
}
