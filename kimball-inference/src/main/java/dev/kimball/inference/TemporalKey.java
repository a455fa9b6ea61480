package dev.kimball.inference;

/**
 * Bit layout of a {@link DateFormatDetector} key, and rendering of a key (plus the details aggregated over a
 * column) as a {@link java.time.format.DateTimeFormatter}-style pattern.
 */
final class TemporalKey {
    static final long YMD = 1, XXY = 2, DMONY = 3, MONDY = 4, ORDER = 7;
    static final long SEP = 7L << 3;
    static final long YEAR2 = 1L << 6, COMMA = 1L << 8, WEEKDAY = 1L << 9, WEEKDAY_FULL = 1L << 10;
    static final long TIME_T = 1L << 11, TIME_SPACE = 2L << 11, TIME_ONLY = 3L << 11, TIME = 3L << 11;
    static final long SECONDS = 1L << 13, AMPM = 1L << 14, AMPM_SPACE = 1L << 15, ZONE_SPACE = 1L << 16;
    static final long FRACTION_COMMA = 1L << 17;
    /** The bits describing the date part (everything before the time). */
    static final long DATE_PART = (1L << 11) - 1;
    private static final char[] SEPARATORS = {0, '-', '/', '.', ' '};

    private TemporalKey() {
    }

    static long sep(char c) {
        switch (c) {
            case '-': return 1L << 3;
            case '/': return 2L << 3;
            case '.': return 3L << 3;
            case ' ': return 4L << 3;
            default: return 0;
        }
    }

    static boolean hasDate(long key) {
        return (key & ORDER) != 0;
    }

    static boolean hasTime(long key) {
        return (key & TIME) != 0;
    }

    /**
     * The pattern of a key.
     *
     * @param dayFirst     for numeric day/month dates: day before month
     * @param unpadded     {@link DateFormatDetector} UNPAD_* bits seen in any value
     * @param fraction     most fraction digits seen (0: none)
     * @param fractionOpt  whether some values had no fraction
     * @param zones        {@link DateFormatDetector} ZONE_* bits seen
     * @param timeOptional whether some values had only the date
     * @param monthForms   {@link DateFormatDetector} MONTH_* bits seen
     * @param secondsOpt   whether some values had no seconds
     */
    static String pattern(long key, boolean dayFirst, int unpadded, int fraction, boolean fractionOpt, int zones,
                          boolean timeOptional, int monthForms, boolean secondsOpt) {
        StringBuilder b = new StringBuilder(32);
        if ((key & WEEKDAY_FULL) != 0) {
            b.append("EEEE, ");
        } else if ((key & WEEKDAY) != 0) {
            b.append("EEE, ");
        }
        boolean ua = (unpadded & DateFormatDetector.UNPAD_A) != 0, ub = (unpadded & DateFormatDetector.UNPAD_B) != 0;
        char sep = SEPARATORS[(int) ((key & SEP) >> 3)];
        String year = (key & YEAR2) != 0 ? "yy" : "yyyy";
        String month = (monthForms & DateFormatDetector.MONTH_FULL) != 0 ? "MMMM" : "MMM";
        long order = key & ORDER;
        if (order == YMD) {
            b.append("yyyy").append(sep).append(ua ? "M" : "MM").append(sep).append(ub ? "d" : "dd");
        } else if (order == XXY) {
            String first = dayFirst ? (ua ? "d" : "dd") : (ua ? "M" : "MM");
            String second = dayFirst ? (ub ? "M" : "MM") : (ub ? "d" : "dd");
            b.append(first).append(sep).append(second).append(sep).append(year);
        } else if (order == DMONY) {
            b.append(ua ? "d" : "dd").append(sep).append(month).append(sep).append(year);
        } else if (order == MONDY) {
            b.append(month).append(' ').append(ua ? "d" : "dd").append((key & COMMA) != 0 ? ", " : " ").append(year);
        }
        long time = key & TIME;
        if (time == 0) {
            return b.toString();
        }
        if (timeOptional) {
            b.append('[');
        }
        if (time == TIME_T) {
            b.append("'T'");
        } else if (time == TIME_SPACE) {
            b.append(' ');
        }
        boolean ampm = (key & AMPM) != 0, uh = (unpadded & DateFormatDetector.UNPAD_HOUR) != 0;
        b.append(ampm ? (uh ? "h" : "hh") : (uh ? "H" : "HH")).append(":mm");
        if ((key & SECONDS) != 0) {
            b.append(secondsOpt ? "[:ss" : ":ss");
            if (fraction > 0) {
                b.append(fractionOpt ? "[" : "").append((key & FRACTION_COMMA) != 0 ? ',' : '.').append("S".repeat(fraction))
                        .append(fractionOpt ? "]" : "");
            }
            b.append(secondsOpt ? "]" : "");
        }
        if (ampm) {
            b.append((key & AMPM_SPACE) != 0 ? " a" : "a");
        }
        String zone = zone(zones);
        if (!zone.isEmpty()) {
            boolean opt = (zones & DateFormatDetector.ZONE_NONE) != 0;
            b.append(opt ? "[" : "").append((key & ZONE_SPACE) != 0 ? " " : "").append(zone).append(opt ? "]" : "");
        }
        if (timeOptional) {
            b.append(']');
        }
        return b.toString();
    }

    private static String zone(int zones) {
        if ((zones & DateFormatDetector.ZONE_TEXT) != 0) {
            return "z";
        }
        if ((zones & DateFormatDetector.ZONE_COLON) != 0) {
            return "XXX";
        }
        if ((zones & DateFormatDetector.ZONE_NOCOLON) != 0) {
            return "XX";
        }
        if ((zones & DateFormatDetector.ZONE_HOURS) != 0) {
            return "X";
        }
        return (zones & DateFormatDetector.ZONE_Z) != 0 ? "XXX" : "";
    }
}
