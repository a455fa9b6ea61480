package dev.kimball.connector.excel;

/**
 * A cell with a value, as either workbook format stores it, before it becomes a string ({@link CellText}). A formula
 * is already replaced by its cached result; blank cells are not represented.
 *
 * @param column      0-based column (A = 0)
 * @param text        the text of a {@code TEXT} cell, the error text ({@code #DIV/0!}) of an {@code ERROR} cell
 * @param number      the value of a {@code NUMBER} cell, 1 or 0 for a {@code BOOLEAN} cell
 * @param formatIndex the number format's index (built-in formats have fixed ones), for {@code NUMBER} cells
 * @param format      the number format's text ({@code General}, {@code yyyy-mm-dd}...), for {@code NUMBER} cells
 */
record RawCell(int column, Kind kind, String text, double number, int formatIndex, String format) {
    enum Kind { TEXT, NUMBER, BOOLEAN, ERROR }

    static final String GENERAL = "General";

    static RawCell text(int column, String text) {
        return new RawCell(column, Kind.TEXT, text, 0, 0, GENERAL);
    }

    static RawCell number(int column, double value, int formatIndex, String format) {
        return new RawCell(column, Kind.NUMBER, null, value, formatIndex, format == null ? GENERAL : format);
    }

    static RawCell bool(int column, boolean value) {
        return new RawCell(column, Kind.BOOLEAN, null, value ? 1 : 0, 0, GENERAL);
    }

    static RawCell error(int column, String text) {
        return new RawCell(column, Kind.ERROR, text, 0, 0, GENERAL);
    }
}
