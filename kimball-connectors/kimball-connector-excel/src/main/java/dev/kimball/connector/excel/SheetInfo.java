package dev.kimball.connector.excel;

/**
 * A worksheet as listed by the workbook's directory, before any cell is read.
 *
 * @param sizeBytes          bytes of the sheet's part (compressed XML in an .xlsx, BIFF records in an .xls), for
 *                           progress
 * @param sharedStringsBytes uncompressed bytes of the workbook's shared-strings part (.xlsx; 0 when it has none and
 *                           for .xls), which decides where that table is kept
 */
record SheetInfo(String name, long sizeBytes, long sharedStringsBytes) {
}
