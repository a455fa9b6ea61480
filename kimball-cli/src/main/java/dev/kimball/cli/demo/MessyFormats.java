package dev.kimball.cli.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The textual formats real exports use, written by hand rather than with {@code java.time.format} or
 * {@code String.format} so that the output never depends on the JVM's default locale (the generator must be
 * byte-identical everywhere). Amounts are in cents to keep them exact.
 */
final class MessyFormats {
    private static final String[] SHORT_MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};
    private static final String[] LONG_MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    private MessyFormats() {
    }

    /** {@code 2024-03-15}. */
    static String iso(LocalDate d) {
        return d.getYear() + "-" + two(d.getMonthValue()) + "-" + two(d.getDayOfMonth());
    }

    /** {@code 2024-03-15 14:03:09}. */
    static String isoTimestamp(LocalDateTime t) {
        return iso(t.toLocalDate()) + " " + two(t.getHour()) + ":" + two(t.getMinute()) + ":" + two(t.getSecond());
    }

    /** {@code 03/15/2024} (US). */
    static String us(LocalDate d) {
        return two(d.getMonthValue()) + "/" + two(d.getDayOfMonth()) + "/" + d.getYear();
    }

    /** {@code 15/03/2024} (UK): ambiguous with US for days up to 12, only the whole column decides. */
    static String uk(LocalDate d) {
        return two(d.getDayOfMonth()) + "/" + two(d.getMonthValue()) + "/" + d.getYear();
    }

    /** {@code 15.03.2024} (German). */
    static String dotted(LocalDate d) {
        return two(d.getDayOfMonth()) + "." + two(d.getMonthValue()) + "." + d.getYear();
    }

    /** {@code Mar 15, 2024}. */
    static String shortMonth(LocalDate d) {
        return SHORT_MONTHS[d.getMonthValue() - 1] + " " + d.getDayOfMonth() + ", " + d.getYear();
    }

    /** {@code March 3, 2011}. */
    static String longMonth(LocalDate d) {
        return LONG_MONTHS[d.getMonthValue() - 1] + " " + d.getDayOfMonth() + ", " + d.getYear();
    }

    /** {@code $25,499.00}. */
    static String usd(long cents) {
        return (cents < 0 ? "-$" : "$") + grouped(Math.abs(cents) / 100, ',') + "." + two(Math.abs(cents) % 100);
    }

    /** {@code $32,990} (whole dollars, as on a window sticker). */
    static String usdWhole(long dollars) {
        return "$" + grouped(dollars, ',');
    }

    /** {@code 25,499.00}, negatives as {@code (500.00)} (accounting). */
    static String accounting(long cents) {
        String body = grouped(Math.abs(cents) / 100, ',') + "." + two(Math.abs(cents) % 100);
        return cents < 0 ? "(" + body + ")" : body;
    }

    /** {@code € 1.234,50}: grouping '.', decimal ','. */
    static String eur(long cents) {
        return "€ " + grouped(cents / 100, '.') + "," + two(cents % 100);
    }

    /** {@code 123456,78}: decimal comma, no grouping. */
    static String decimalComma(long cents) {
        return (cents < 0 ? "-" : "") + Math.abs(cents) / 100 + "," + two(Math.abs(cents) % 100);
    }

    /** {@code 5.5%} from tenths of a percent (55 -> "5.5%", 40 -> "4%"). */
    static String percentTenths(int tenths) {
        return tenths % 10 == 0 ? tenths / 10 + "%" : tenths / 10 + "." + tenths % 10 + "%";
    }

    /** {@code 4.99%} from hundredths of a percent. */
    static String percentHundredths(int hundredths) {
        return hundredths / 100 + "." + two(hundredths % 100) + "%";
    }

    /** {@code 12,345}. */
    static String grouped(long value, char separator) {
        String digits = Long.toString(value);
        StringBuilder sb = new StringBuilder(digits.length() + digits.length() / 3);
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                sb.append(separator);
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    /** Zero-padded to {@code width} digits: keeps leading zeros of identifiers and zip codes. */
    static String padded(long value, int width) {
        String s = Long.toString(value);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    private static String two(long v) {
        return v < 10 ? "0" + v : Long.toString(v);
    }
}
