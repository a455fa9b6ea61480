package dev.kimball.connector.parquet;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * ISO-8601 text for Parquet's date, time and timestamp encodings, written digit by digit into a byte buffer because
 * this runs once per value of every temporal column ({@link java.time.format.DateTimeFormatter} and
 * {@code StringBuilder} padding are several times slower). Stateless and thread-safe.
 */
final class IsoText {
    static final long NANOS_PER_DAY = 86_400_000_000_000L;

    private IsoText() {
    }

    /** {@code yyyy-MM-dd}; years outside 0000..9999 as {@link LocalDate#toString()} writes them ({@code +10000-01-01}). */
    static String date(long epochDay) {
        LocalDate d = LocalDate.ofEpochDay(epochDay);
        int y = d.getYear();
        if (y < 0 || y > 9999) {
            return d.toString();
        }
        byte[] b = new byte[10];
        writeDate(b, y, d.getMonthValue(), d.getDayOfMonth());
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    /**
     * {@code HH:mm:ss} followed by {@code digits} fraction digits ({@code .SSS}, {@code .SSSSSS}, {@code .SSSSSSSSS}).
     *
     * @throws IllegalArgumentException when the value is not within one day
     */
    static String time(long nanoOfDay, int digits) {
        if (nanoOfDay < 0 || nanoOfDay >= NANOS_PER_DAY) {
            throw new IllegalArgumentException("time of day " + nanoOfDay + " ns is outside 00:00..24:00");
        }
        byte[] b = new byte[digits == 0 ? 8 : 9 + digits];
        int n = writeTime(b, 0, nanoOfDay, digits);
        return new String(b, 0, n, StandardCharsets.ISO_8859_1);
    }

    /**
     * {@code yyyy-MM-ddTHH:mm:ss.fff} with {@code digits} fraction digits for {@code value} units of
     * {@code unitsPerSecond} since the epoch, followed by {@code Z} when {@code utc}.
     */
    static String timestamp(long value, long unitsPerSecond, int digits, boolean utc) {
        long seconds = Math.floorDiv(value, unitsPerSecond);
        long fraction = Math.floorMod(value, unitsPerSecond);
        long nanos = fraction * (1_000_000_000L / unitsPerSecond);
        return dayTime(Math.floorDiv(seconds, 86_400L), Math.floorMod(seconds, 86_400L) * 1_000_000_000L + nanos, digits, utc);
    }

    /** A timestamp given as a day and the nanoseconds within it (Parquet INT96). */
    static String dayTime(long epochDay, long nanoOfDay, int digits, boolean utc) {
        LocalDate d = LocalDate.ofEpochDay(epochDay);
        int y = d.getYear();
        if (y < 0 || y > 9999) {
            byte[] t = new byte[19];
            int n = writeTime(t, 0, nanoOfDay, digits);
            return d + "T" + new String(t, 0, n, StandardCharsets.ISO_8859_1) + (utc ? "Z" : "");
        }
        byte[] b = new byte[11 + 9 + digits + (utc ? 1 : 0)];
        writeDate(b, y, d.getMonthValue(), d.getDayOfMonth());
        b[10] = 'T';
        int n = writeTime(b, 11, nanoOfDay, digits);
        if (utc) {
            b[n++] = 'Z';
        }
        return new String(b, 0, n, StandardCharsets.ISO_8859_1);
    }

    private static void writeDate(byte[] b, int year, int month, int day) {
        digits(b, 0, year, 4);
        b[4] = '-';
        digits(b, 5, month, 2);
        b[7] = '-';
        digits(b, 8, day, 2);
    }

    /** Writes {@code HH:mm:ss[.f...]} at {@code at}; returns the index after it. */
    private static int writeTime(byte[] b, int at, long nanoOfDay, int fractionDigits) {
        int secondOfDay = (int) (nanoOfDay / 1_000_000_000L);
        digits(b, at, secondOfDay / 3600, 2);
        b[at + 2] = ':';
        digits(b, at + 3, secondOfDay / 60 % 60, 2);
        b[at + 5] = ':';
        digits(b, at + 6, secondOfDay % 60, 2);
        if (fractionDigits == 0) {
            return at + 8;
        }
        b[at + 8] = '.';
        long fraction = nanoOfDay % 1_000_000_000L;
        for (int i = fractionDigits; i < 9; i++) {
            fraction /= 10;
        }
        digits(b, at + 9, fraction, fractionDigits);
        return at + 9 + fractionDigits;
    }

    /** Writes {@code v} (non-negative, fitting) as exactly {@code width} digits, zero-padded. */
    private static void digits(byte[] b, int at, long v, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            b[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
    }
}
