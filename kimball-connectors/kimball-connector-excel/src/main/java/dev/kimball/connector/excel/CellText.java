package dev.kimball.connector.excel;

import dev.kimball.api.ExcelSource.CellValues;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns one cell into the string the bronze layer stores. A formula counts as its cached result (the value Excel
 * computed when it last saved the file; a formula saved without one, as some writers do, reads as {@code null}).
 * <ul>
 *   <li>{@link CellValues#ISO}: numbers by {@link ExcelNumbers}, cells with a date/time format by {@link ExcelDates},
 *       booleans {@code true}/{@code false}, errors their text ({@code #DIV/0!}), text as stored. A percentage is
 *       its stored fraction ({@code 0.125} for 12.5%), a currency amount its number ({@code 1234.5}).</li>
 *   <li>{@link CellValues#DISPLAYED}: the text Excel shows with the cell's number format, formatted by POI's
 *       {@link DataFormatter} in the {@code en-US} locale ({@code $1,234.50}, {@code 12.50%}, {@code 3/15/24}), so
 *       the result does not depend on the machine's locale; booleans {@code TRUE}/{@code FALSE}.</li>
 *   <li>Both: a blank cell is {@code null}, and so is empty text (what {@code =""} leaves); control characters other than tab, CR and LF are removed (and
 *       counted), as the CSV reader does.</li>
 * </ul>
 * Not thread-safe (the formatter caches formats).
 */
final class CellText {
    private final CellValues mode;
    private final boolean date1904;
    private final DataFormatter formatter;
    private long controlCharsRemoved;

    CellText(CellValues mode, boolean date1904) {
        this.mode = mode;
        this.date1904 = date1904;
        this.formatter = new DataFormatter(Locale.US);
    }

    /** The cell's value in the reader's mode; {@code null} for empty text (a formula giving {@code ""}). */
    String value(RawCell cell) {
        return switch (cell.kind()) {
            case TEXT -> clean(cell.text());
            case ERROR -> cell.text();
            case BOOLEAN -> mode == CellValues.ISO ? (cell.number() != 0 ? "true" : "false") : (cell.number() != 0 ? "TRUE" : "FALSE");
            case NUMBER -> mode == CellValues.ISO ? iso(cell) : shownNumber(cell);
        };
    }

    /**
     * What the sheet shows for the cell (header names, in both modes). Control characters removed here are not
     * counted: a header cell was already counted by {@link #value}.
     */
    String displayed(RawCell cell) {
        return switch (cell.kind()) {
            case TEXT -> strip(cell.text());
            case ERROR -> cell.text();
            case BOOLEAN -> cell.number() != 0 ? "TRUE" : "FALSE";
            case NUMBER -> shownNumber(cell);
        };
    }

    long controlCharsRemoved() {
        return controlCharsRemoved;
    }

    private String iso(RawCell cell) {
        if (DateUtil.isADateFormat(cell.formatIndex(), cell.format())) {
            return ExcelDates.iso(cell.number(), cell.format(), date1904);
        }
        return ExcelNumbers.plain(cell.number());
    }

    private String shownNumber(RawCell cell) {
        return formatter.formatRawCellContents(cell.number(), cell.formatIndex(), cell.format(), date1904);
    }

    private String clean(String s) {
        String out = strip(s);
        controlCharsRemoved += s.length() - out.length();
        return out.isEmpty() ? null : out;
    }

    private static String strip(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && !removable(s.charAt(i))) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder b = new StringBuilder(n).append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (!removable(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean removable(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7f && c <= 0x9f;
    }
}
