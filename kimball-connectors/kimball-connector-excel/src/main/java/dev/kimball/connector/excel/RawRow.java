package dev.kimball.connector.excel;

import java.util.List;

/**
 * The cells with a value of one sheet row, in column order.
 *
 * @param number 1-based row number as Excel labels it
 */
record RawRow(int number, List<RawCell> cells) {
    /** One past the last column with a cell, 0 when there is none. */
    int width() {
        return cells.isEmpty() ? 0 : cells.get(cells.size() - 1).column() + 1;
    }
}
