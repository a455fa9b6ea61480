package dev.kimball.connector.excel;

import dev.kimball.api.SourceException;

/** One sheet opened for reading: its rows in order (rows without any value may be skipped) and what owns them. */
interface OpenSheet extends AutoCloseable {
    /**
     * The next row, or {@code null} at the end.
     *
     * @throws SourceException SOURCE_READ_FAILED when the sheet's XML or records are damaged
     */
    RawRow next();

    /** Whether dates count from 1904 (old Mac workbooks) instead of 1900. */
    boolean date1904();

    /** The 1-based number of the last row as the sheet declares it, or -1 when unknown (for progress only). */
    int lastRowNumber();

    /** Closes the workbook and deletes any temporary copy. */
    @Override
    void close();
}
