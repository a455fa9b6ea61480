package dev.kimball.connector.excel;

import dev.kimball.api.ExcelSource.CellValues;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * Turns one cell into the string the bronze layer stores. A formula counts as its cached result (the value Excel
 * computed when it last saved the file; a formula saved without one, as some writers do, reads as {@code null}).
 * <ul>
 *   <li>{@link CellValues#ISO}: numbers by {@link ExcelNumbers}, cells with a date/time format by {@link ExcelDates},
 *       booleans {@code true}/{@code false}, errors their text ({@code #DIV/0!}), text as stored. A percentage is
 *       its stored fraction ({@code 0.125} for 12.5%), a currency amount its number ({@code 1234.5}).</li>
 *   <li>{@link CellValues#DISPLAYED}: the text Excel shows with the cell's number format, formatted by POI's
 *       {@link DataFormatter} in the {@code en-US} locale ({@code $1,234.50}, {@code 12.50%}, {@code 3/15/24}), so
 *       the result does not depend on the machine's locale.</li>
 *   <li>Both: a blank cell is {@code null}; control characters other than tab, CR and LF are removed (and
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
        formatter.setUseCachedValuesForFormulaCells(true);
    }

    /** The cell's value in the reader's mode, or {@code null} when blank. */
    String value(Cell cell) {
        return mode == CellValues.ISO ? iso(cell) : displayed(cell);
    }

    /**
     * What the sheet shows for the cell (used for header names in both modes), or {@code null} when blank. Control
     * characters removed here are not counted: header cells are counted once, by {@link #value}.
     */
    String displayed(Cell cell) {
        CellType t = resultType(cell);
        if (mode == CellValues.DISPLAYED) {
            return shown(cell, t);
        }
        long counted = controlCharsRemoved;
        String s = shown(cell, t);
        controlCharsRemoved = counted;
        return s;
    }

    private String shown(Cell cell, CellType t) {
        return switch (t) {
            case BLANK, _NONE -> null;
            case STRING -> clean(cell.getStringCellValue());
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> errorText(cell);
            default -> clean(formatter.formatCellValue(cell));
        };
    }

    String iso(Cell cell) {
        CellType t = resultType(cell);
        return switch (t) {
            case BLANK, _NONE -> null;
            case STRING -> clean(cell.getStringCellValue());
            case BOOLEAN -> cell.getBooleanCellValue() ? "true" : "false";
            case ERROR -> errorText(cell);
            case NUMERIC -> number(cell);
            default -> null;
        };
    }

    /** Whether the cell holds text (directly or as a formula's result): what a header cell is made of. */
    static boolean isText(Cell cell) {
        return resultType(cell) == CellType.STRING;
    }

    long controlCharsRemoved() {
        return controlCharsRemoved;
    }

    private String number(Cell cell) {
        double v = cell.getNumericCellValue();
        CellStyle style = cell.getCellStyle();
        if (style != null) {
            String format = style.getDataFormatString();
            if (format != null && DateUtil.isADateFormat(style.getDataFormat(), format)) {
                return ExcelDates.iso(v, format, date1904);
            }
        }
        return ExcelNumbers.plain(v);
    }

    private static CellType resultType(Cell cell) {
        if (cell == null) {
            return CellType.BLANK;
        }
        CellType t = cell.getCellType();
        if (t == CellType.FORMULA) {
            t = cell.getCachedFormulaResultType();
            if (t == CellType.STRING && cell.getStringCellValue() == null) {
                return CellType.BLANK;
            }
        }
        return t == null ? CellType.BLANK : t;
    }

    private static String errorText(Cell cell) {
        byte code;
        try {
            code = cell.getErrorCellValue();
        } catch (IllegalStateException formulaCell) {
            // excel-streaming-reader gives a formula's cached error only as text: "ERROR:  #DIV/0!"
            String s = cell.getStringCellValue();
            int hash = s == null ? -1 : s.indexOf('#');
            return hash < 0 ? s : s.substring(hash);
        }
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException unknownCode) {
            return "#ERROR(" + code + ")";
        }
    }

    private String clean(String s) {
        if (s == null) {
            return null;
        }
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
            if (removable(c)) {
                controlCharsRemoved++;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean removable(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7f && c <= 0x9f;
    }
}
