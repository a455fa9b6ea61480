package dev.kimball.connector.excel;

import java.util.List;

/**
 * Finds the header row and the table's columns among the first rows of a sheet.
 *
 * <p>Empty rows are not counted anywhere below. The header is the first row, within the first {@value #WINDOW}
 * non-empty rows, that
 * <ol>
 *   <li>is not empty and not a title row (a title row has exactly one cell with a value and the next non-empty row
 *       has more),</li>
 *   <li>holds only text in its non-empty cells (a header made of numbers or dates is not detected),</li>
 *   <li>has values in at least half as many cells as the widest row of the window,</li>
 *   <li>reaches as far right as the rows below it: of the next {@value #LOOK_AHEAD} non-empty rows, at most one in
 *       five has a value right of its last value (so a "Region: North" block above a wider table is skipped, while
 *       a note beside one data row does not matter), and</li>
 *   <li>is directly followed by a non-empty row (its data).</li>
 * </ol>
 * If no row qualifies (numeric headers, a sheet with a header only), the first non-empty row that is not a title
 * row is the header. {@code ExcelSource.headerRow(n)} skips detection: row {@code n} is the header, even if empty.
 * Rows above the header are not loaded.
 *
 * <p>Columns: from the leftmost to the rightmost column that has a value in the header or in any of the first
 * {@value #WINDOW} rows after it. A column without a header value (an unnamed index column, notes right of the
 * table) gets the name {@code ""}, which the engine replaces by a generated name. Cells with a value outside these
 * columns in later rows make that row a reject that names them.
 */
final class HeaderDetector {
    /** Non-empty rows examined to find the header, and non-empty rows after it examined for the columns. */
    static final int WINDOW = 100;
    /** Rows after a header candidate that must not, but for one in five, reach further right than it. */
    static final int LOOK_AHEAD = 10;

    private HeaderDetector() {
    }

    /**
     * Where the table is: the header's index in the rows ({@code -1}: none), the index of the first row after it,
     * and the 0-based column range (empty when {@code lastColumn < firstColumn}).
     */
    record Table(int headerIndex, int dataFrom, int firstColumn, int lastColumn) {
        int width() {
            return lastColumn < firstColumn ? 0 : lastColumn - firstColumn + 1;
        }
    }

    /** Detects the header among {@code rows}: the sheet's first non-empty rows in order (gaps in their numbers are empty rows). */
    static Table detect(List<SheetRow> rows) {
        int widest = 0;
        for (SheetRow r : rows.subList(0, Math.min(WINDOW, rows.size()))) {
            widest = Math.max(widest, r.filled());
        }
        int fallback = -1;
        for (int i = 0; i < Math.min(WINDOW, rows.size()); i++) {
            SheetRow r = rows.get(i);
            if (r.isEmpty() || isTitle(rows, i)) {
                continue;
            }
            if (fallback < 0) {
                fallback = i;
            }
            boolean followedByData = i + 1 < rows.size() && rows.get(i + 1).number() == r.number() + 1
                    && !rows.get(i + 1).isEmpty();
            if (r.allFilledAreText() && 2 * r.filled() >= widest && followedByData && coversRowsAfter(rows, i)) {
                return columnsAfter(rows, i + 1, i);
            }
        }
        return fallback < 0 ? new Table(-1, rows.size(), 0, -1) : columnsAfter(rows, fallback + 1, fallback);
    }

    /**
     * The table whose header is the row numbered {@code headerRow} (1-based) in {@code rows}, which start at or after
     * it; that row may be absent (empty), then every column is unnamed.
     */
    static Table given(List<SheetRow> rows, int headerRow) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).number() == headerRow) {
                return columnsAfter(rows, i + 1, i);
            }
            if (rows.get(i).number() > headerRow) {
                return columnsAfter(rows, i, -1);
            }
        }
        return new Table(-1, rows.size(), 0, -1);
    }

    /** At most one in five of the next {@value #LOOK_AHEAD} non-empty rows reaches further right than row {@code i}. */
    private static boolean coversRowsAfter(List<SheetRow> rows, int i) {
        int last = rows.get(i).lastFilled();
        int seen = 0;
        int wider = 0;
        for (int j = i + 1; j < rows.size() && seen < LOOK_AHEAD; j++) {
            if (!rows.get(j).isEmpty()) {
                seen++;
                if (rows.get(j).lastFilled() > last) {
                    wider++;
                }
            }
        }
        return 5 * wider <= seen;
    }

    private static boolean isTitle(List<SheetRow> rows, int i) {
        if (rows.get(i).filled() != 1) {
            return false;
        }
        for (int j = i + 1; j < rows.size(); j++) {
            if (!rows.get(j).isEmpty()) {
                return rows.get(j).filled() > 1;
            }
        }
        return false;
    }

    /** Column range of the header (if {@code header >= 0}) and the {@value #WINDOW} rows from {@code from}. */
    private static Table columnsAfter(List<SheetRow> rows, int from, int header) {
        int first = Integer.MAX_VALUE;
        int last = -1;
        if (header >= 0 && !rows.get(header).isEmpty()) {
            first = rows.get(header).firstFilled();
            last = rows.get(header).lastFilled();
        }
        for (int j = from; j < Math.min(rows.size(), from + WINDOW); j++) {
            SheetRow r = rows.get(j);
            if (!r.isEmpty()) {
                first = Math.min(first, r.firstFilled());
                last = Math.max(last, r.lastFilled());
            }
        }
        return last < 0 ? new Table(header, from, 0, -1) : new Table(header, from, first, last);
    }
}
