package dev.kimball.connector.parquet;

import java.time.LocalDate;

/**
 * ISO-8601 text for Parquet's date, time and timestamp encodings, written digit by digit because this runs once per
 * value of every temporal column ({@link java.time.format.DateTimeFormatter} is several times slower).
 */
final class IsoText {
    static final long NANOS_PER_DAY = 86_400_000_000_000L;

    private IsoText() {
    }

    /** {@code yyyy-MM-dd}; years outside 0000..9999 as {@link LocalDate#toString()} writes them ({@code +10000-01-01}). */
    static String date(long epochDay) {
        StringBuilder b = new StringBuilder(10);
        appendDate(b, epochDay);
        return b.toString();
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
        StringBuilder b = new StringBuilder(18);
        appendTime(b, nanoOfDay, digits);
        return b.toString();
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
        StringBuilder b = new StringBuilder(32);
        appendDate(b, epochDay);
        b.append('T');
        appendTime(b, nanoOfDay, digits);
        if (utc) {
            b.append('Z');
        }
        return b.toString();
    }

    private static void appendDate(StringBuilder b, long epochDay) {
        LocalDate d = LocalDate.ofEpochDay(epochDay);
        int y = d.getYear();
        if (y < 0 || y > 9999) {
            b.append(d);
            return;
        }
        pad(b, y, 4);
        b.append('-');
        pad(b, d.getMonthValue(), 2);
        b.append('-');
        pad(b, d.getDayOfMonth(), 2);
    }

    private static void appendTime(StringBuilder b, long nanoOfDay, int digits) {
        long secondOfDay = nanoOfDay / 1_000_000_000L;
        pad(b, (int) (secondOfDay / 3600), 2);
        b.append(':');
        pad(b, (int) (secondOfDay / 60 % 60), 2);
        b.append(':');
        pad(b, (int) (secondOfDay % 60), 2);
        if (digits > 0) {
            b.append('.');
            long nanos = nanoOfDay % 1_000_000_000L;
            for (int i = digits; i < 9; i++) {
                nanos /= 10;
            }
            pad(b, nanos, digits);
        }
    }

    private static void pad(StringBuilder b, long v, int width) {
        String s = Long.toString(v);
        for (int i = s.length(); i < width; i++) {
            b.append('0');
        }
        b.append(s);
    }
}
