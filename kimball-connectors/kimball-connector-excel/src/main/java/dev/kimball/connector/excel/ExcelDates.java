package dev.kimball.connector.excel;

import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * The ISO text of a cell whose number format is a date or time format. Excel stores such a value as days since
 * 1900-01-00 (or 1904-01-01) with the time of day as the fraction; the format decides what it means:
 * <ul>
 *   <li>a date-only format ({@code yyyy-mm-dd}, {@code d-mmm}): {@code 2024-03-15}; if the stored value still has a
 *       time of day the format hides, the date-time, so nothing is lost;</li>
 *   <li>a date-and-time format: {@code 2024-03-15T13:45:00}, also at midnight ({@code 2024-03-15T00:00:00}), so a
 *       column keeps one shape;</li>
 *   <li>a time-only format ({@code h:mm}, {@code h:mm:ss AM/PM}) with a value below one day: {@code 13:45:00};
 *       an elapsed-time format ({@code [h]:mm:ss}): hours past 24 allowed, {@code 36:30:00}; a time-only format
 *       holding a value of a day or more: the date-time;</li>
 *   <li>milliseconds ({@code .250}) only when not zero (Excel's times are exact to the millisecond);</li>
 *   <li>a value outside Excel's date range (negative): the plain number, as {@link ExcelNumbers} prints it.</li>
 * </ul>
 */
final class ExcelDates {
    private static final long MILLIS_PER_DAY = 86_400_000L;

    private ExcelDates() {
    }

    static String iso(double value, String format, boolean date1904) {
        if (!DateUtil.isValidExcelDate(value)) {
            return ExcelNumbers.plain(value);
        }
        Parts parts = Parts.of(format);
        if (parts.elapsed) {
            return elapsed(value);
        }
        LocalDateTime t = DateUtil.getLocalDateTime(value, date1904);
        boolean midnight = t.toLocalTime().toNanoOfDay() == 0;
        if (!parts.date && value < 1) {
            return time(t);
        }
        if (parts.date && !parts.time && midnight) {
            return t.toLocalDate().toString();
        }
        return t.toLocalDate() + "T" + time(t);
    }

    private static String time(LocalDateTime t) {
        int millis = t.getNano() / 1_000_000;
        String s = two(t.getHour()) + ":" + two(t.getMinute()) + ":" + two(t.getSecond());
        return millis == 0 ? s : s + "." + String.format("%03d", millis);
    }

    private static String elapsed(double value) {
        long totalMillis = Math.round(value * MILLIS_PER_DAY);
        String sign = totalMillis < 0 ? "-" : "";
        long m = Math.abs(totalMillis);
        long hours = m / 3_600_000L;
        long minutes = m / 60_000L % 60;
        long seconds = m / 1000 % 60;
        long millis = m % 1000;
        String s = sign + hours + ":" + two(minutes) + ":" + two(seconds);
        return millis == 0 ? s : s + "." + String.format("%03d", millis);
    }

    private static String two(long v) {
        return v < 10 ? "0" + v : Long.toString(v);
    }

    /** Which parts a date format shows, read from the format text without its literals and colour/locale tags. */
    record Parts(boolean date, boolean time, boolean elapsed) {
        static Parts of(String format) {
            boolean y = false;
            boolean d = false;
            boolean m = false;
            boolean h = false;
            boolean s = false;
            boolean ampm = false;
            boolean elapsed = false;
            String f = format == null ? "" : format;
            for (int i = 0; i < f.length(); i++) {
                char c = f.charAt(i);
                switch (c) {
                    case '"' -> {
                        int end = f.indexOf('"', i + 1);
                        i = end < 0 ? f.length() : end;
                    }
                    case '\\', '_', '*' -> i++; // escaped or padding character
                    case '[' -> {
                        int end = f.indexOf(']', i + 1);
                        String tag = (end < 0 ? f.substring(i + 1) : f.substring(i + 1, end)).toLowerCase();
                        if (!tag.isEmpty() && tag.chars().allMatch(ch -> ch == 'h' || ch == 'm' || ch == 's')) {
                            elapsed = true;
                        }
                        i = end < 0 ? f.length() : end;
                    }
                    case ';' -> i = f.length(); // only the first section (positive values) decides
                    default -> {
                        char l = Character.toLowerCase(c);
                        if (l == 'y' || l == 'e') {
                            y = true;
                        } else if (l == 'd') {
                            d = true;
                        } else if (l == 'm') {
                            m = true;
                        } else if (l == 'h') {
                            h = true;
                        } else if (l == 's') {
                            s = true;
                        } else if (l == 'a' && f.regionMatches(true, i, "am/pm", 0, 5)
                                || l == 'a' && f.regionMatches(true, i, "a/p", 0, 3)) {
                            ampm = true;
                            i += f.regionMatches(true, i, "am/pm", 0, 5) ? 4 : 2;
                        }
                    }
                }
            }
            boolean time = h || s || ampm;
            // "m" is minutes next to hours or seconds, months otherwise
            boolean date = y || d || m && !time;
            return new Parts(date, time, elapsed && !date);
        }
    }
}
