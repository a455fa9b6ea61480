/**
 * The Excel connector: worksheets of {@code .xlsx}/{@code .xlsm} workbooks streamed with excel-streaming-reader and of
 * {@code .xls} workbooks streamed with POI HSSF's record factory, from any storage, in bounded memory. Each sheet is
 * a unit; its header row is detected ({@code HeaderDetector}) and its cells become strings, exact ISO values or the
 * displayed text ({@code CellText}). The only public type is
 * {@link dev.kimball.connector.excel.ExcelFormatProvider}, found through {@link java.util.ServiceLoader} as a
 * {@link dev.kimball.spi.FormatProvider}.
 */
package dev.kimball.connector.excel;
