package dev.kimball.connector.excel;

/**
 * A worksheet as listed by the workbook's directory, before any cell is read.
 *
 * @param sizeBytes bytes of the sheet's part (compressed XML in an .xlsx, BIFF records in an .xls), for progress
 */
record SheetInfo(String name, long sizeBytes) {
}
