package dev.kimball.inference;

/**
 * One-pass scanner for dates, times and timestamps. A successful scan yields a structural {@link #key} (field
 * order, separators, year width, month names, time parts, AM/PM; see {@link TemporalKey}) and the details that may
 * vary between values of one format: padding, fraction digits, zone spelling, and for numeric day/month dates
 * which orders are valid. Validates calendar fields (month 1-12, day within the month, hour 0-23, minute and second
 * 0-59). Reusable and not thread-safe.
 */
final class DateFormatDetector {
    static final int DM_DMY = 1, DM_MDY = 2;
    static final int ZONE_NONE = 1, ZONE_Z = 2, ZONE_COLON = 4, ZONE_NOCOLON = 8, ZONE_HOURS = 16, ZONE_TEXT = 32;
    static final int UNPAD_A = 1, UNPAD_B = 2, UNPAD_HOUR = 4;
    static final int MONTH_ABBR = 1, MONTH_FULL = 2;

    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december"};
    private static final String[] DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

    long key;
    /** Bit set of {@link #DM_DMY}/{@link #DM_MDY}: the orders under which a numeric day/month date is valid. */
    int dm;
    int unpadded;
    int fraction;
    int zone;
    /** {@link #MONTH_ABBR} or {@link #MONTH_FULL} for month names; 0 for numeric months and "May" (both). */
    int monthForm;

    private int pos;
    private int len;
    private boolean fullName;
    private int lastWordStart;
    private int lastWordLength;

    /** Scans the trimmed region {@code [s, e)}; false when it is no date, time or timestamp. */
    boolean scan(String v, int s, int e) {
        key = 0;
        dm = unpadded = fraction = monthForm = 0;
        zone = ZONE_NONE;
        pos = s;
        char c = v.charAt(s);
        if (Scan.isAsciiLetter(c)) {
            int w = word(v, e, DAYS);
            if (w == 0) {
                pos = s;
            }
            if (w > 0) {
                key |= fullName ? TemporalKey.WEEKDAY_FULL : TemporalKey.WEEKDAY;
                if (pos < e && v.charAt(pos) == ',') {
                    pos++;
                }
                if (!spaces(v, e)) {
                    return false;
                }
                if (pos >= e) {
                    return false;
                }
                if (Scan.isAsciiLetter(v.charAt(pos)) ? !monthFirst(v, e) : !dayFirstOrNumeric(v, e)) {
                    return false;
                }
            } else if (!monthFirst(v, e)) {
                return false;
            }
        } else if (Scan.isDigit(c)) {
            int p = pos;
            number(v, e, 2);
            if (len > 0 && pos < e && v.charAt(pos) == ':') {
                pos = p;
                key |= TemporalKey.TIME_ONLY;
                return time(v, e) && pos == e;
            }
            pos = p;
            if (!dayFirstOrNumeric(v, e)) {
                return false;
            }
        } else {
            return false;
        }
        if (pos == e) {
            return true;
        }
        char t = v.charAt(pos);
        if ((t == 'T' || t == ' ') && pos + 1 < e && Scan.isDigit(v.charAt(pos + 1))) {
            key |= t == 'T' ? TemporalKey.TIME_T : TemporalKey.TIME_SPACE;
            pos++;
            return time(v, e) && pos == e;
        }
        return false;
    }

    /** {@code yyyy-MM-dd}, {@code dd/MM/yyyy}, {@code MM/dd/yy}, {@code dd MMM yyyy}... starting with digits. */
    private boolean dayFirstOrNumeric(String v, int e) {
        int a = number(v, e, 4);
        int la = len;
        if (pos >= e || la == 0) {
            return false;
        }
        char sp = v.charAt(pos);
        long sepBits = TemporalKey.sep(sp);
        if (sepBits == 0) {
            return false;
        }
        pos++;
        key |= sepBits;
        if (la == 4) {
            int m = number(v, e, 2);
            int lm = len;
            if (lm == 0 || pos >= e || v.charAt(pos++) != sp) {
                return false;
            }
            int d = number(v, e, 2);
            if (len == 0 || a < 1000 || !Scan.validDate(a, m, d)) {
                return false;
            }
            key |= TemporalKey.YMD;
            unpadded |= (lm == 1 ? UNPAD_A : 0) | (len == 1 ? UNPAD_B : 0);
            return true;
        }
        if (la > 2) {
            return false;
        }
        if (pos < e && Scan.isAsciiLetter(v.charAt(pos))) {
            int m = word(v, e, MONTHS);
            if (m == 0 || pos >= e || v.charAt(pos++) != sp) {
                return false;
            }
            int y = year(v, e);
            if (y < 0 || !Scan.validDate(y, m, a)) {
                return false;
            }
            key |= TemporalKey.DMONY;
            monthForm(v);
            unpadded |= la == 1 ? UNPAD_A : 0;
            return true;
        }
        if (sp == ' ') {
            return false;
        }
        int b = number(v, e, 2);
        int lb = len;
        if (lb == 0 || pos >= e || v.charAt(pos++) != sp) {
            return false;
        }
        int y = year(v, e);
        if (y < 0) {
            return false;
        }
        dm = (Scan.validDate(y, b, a) ? DM_DMY : 0) | (Scan.validDate(y, a, b) ? DM_MDY : 0);
        key |= TemporalKey.XXY;
        unpadded |= (la == 1 ? UNPAD_A : 0) | (lb == 1 ? UNPAD_B : 0);
        return dm != 0;
    }

    /** {@code Oct 26, 2025}, {@code October 26 2025}. */
    private boolean monthFirst(String v, int e) {
        int m = word(v, e, MONTHS);
        if (m == 0 || pos >= e || v.charAt(pos++) != ' ') {
            return false;
        }
        key |= TemporalKey.MONDY;
        monthForm(v);
        int d = number(v, e, 2);
        int ld = len;
        if (ld == 0 || pos >= e) {
            return false;
        }
        if (v.charAt(pos) == ',') {
            key |= TemporalKey.COMMA;
            pos++;
        }
        if (pos >= e || v.charAt(pos++) != ' ') {
            return false;
        }
        int y = year(v, e);
        unpadded |= ld == 1 ? UNPAD_A : 0;
        return y >= 0 && Scan.validDate(y, m, d);
    }

    private void monthForm(String v) {
        monthForm = fullName ? MONTH_FULL : lastWordLength == 3 && "may".regionMatches(true, 0, v, lastWordStart, 3) ? 0 : MONTH_ABBR;
    }

    private int year(String v, int e) {
        int y = number(v, e, 4);
        if (len == 2) {
            key |= TemporalKey.YEAR2;
            return 2000 + y;
        }
        return len == 4 && y >= 1000 ? y : -1;
    }

    /** {@code H:mm[:ss[.S...]][ a][zone]}. */
    private boolean time(String v, int e) {
        int h = number(v, e, 2);
        int lh = len;
        if (lh == 0 || pos >= e || v.charAt(pos++) != ':') {
            return false;
        }
        int mi = number(v, e, 2);
        if (len != 2 || mi > 59) {
            return false;
        }
        if (pos < e && v.charAt(pos) == ':') {
            pos++;
            int sec = number(v, e, 2);
            if (len != 2 || sec > 60) {
                return false;
            }
            key |= TemporalKey.SECONDS;
            if (pos + 1 < e && (v.charAt(pos) == '.' || v.charAt(pos) == ',') && Scan.isDigit(v.charAt(pos + 1))) {
                key |= v.charAt(pos) == ',' ? TemporalKey.FRACTION_COMMA : 0;
                pos++;
                int f = pos;
                while (pos < e && Scan.isDigit(v.charAt(pos))) {
                    pos++;
                }
                fraction = pos - f;
                if (fraction > 9) {
                    return false;
                }
            }
        }
        unpadded |= lh == 1 ? UNPAD_HOUR : 0;
        boolean space = spaces(v, e);
        if (pos + 1 < e && ((v.charAt(pos) | 0x20) == 'a' || (v.charAt(pos) | 0x20) == 'p') && (v.charAt(pos + 1) | 0x20) == 'm'
                && (pos + 2 == e || !Scan.isAsciiLetter(v.charAt(pos + 2)))) {
            key |= TemporalKey.AMPM | (space ? TemporalKey.AMPM_SPACE : 0);
            pos += 2;
            if (h < 1 || h > 12) {
                return false;
            }
            space = spaces(v, e);
        } else if (h > 23) {
            return false;
        }
        if (pos >= e) {
            return true;
        }
        return zone(v, e, space);
    }

    private boolean zone(String v, int e, boolean space) {
        char c = v.charAt(pos);
        if (c == 'Z' && pos + 1 == e) {
            zone = ZONE_Z;
            pos++;
        } else if (c == '+' || c == '-') {
            int p = ++pos;
            while (pos < e && Scan.isDigit(v.charAt(pos)) && pos - p < 4) {
                pos++;
            }
            int n = pos - p;
            if (n == 2 && pos < e && v.charAt(pos) == ':') {
                pos++;
                number(v, e, 2);
                if (len != 2) {
                    return false;
                }
                zone = ZONE_COLON;
            } else if (n == 2 || n == 4) {
                zone = n == 2 ? ZONE_HOURS : ZONE_NOCOLON;
            } else {
                return false;
            }
        } else if (v.startsWith("UTC", pos) || v.startsWith("GMT", pos)) {
            zone = ZONE_TEXT;
            pos += 3;
        } else {
            return false;
        }
        key |= space ? TemporalKey.ZONE_SPACE : 0;
        return pos == e;
    }

    private boolean spaces(String v, int e) {
        int p = pos;
        while (pos < e && v.charAt(pos) == ' ') {
            pos++;
        }
        return pos > p;
    }

    /** Reads up to {@code max} digits at {@link #pos}; {@link #len} is how many (0: none, or more than max). */
    private int number(String v, int e, int max) {
        int n = 0, p = pos;
        while (pos < e && Scan.isDigit(v.charAt(pos))) {
            n = n * 10 + (v.charAt(pos++) - '0');
            if (pos - p > max) {
                len = 0;
                return 0;
            }
        }
        len = pos - p;
        return n;
    }

    /** Reads a word naming an entry of {@code names} in full or by its first three letters: index + 1, or 0. */
    private int word(String v, int e, String[] names) {
        int p = pos;
        while (pos < e && Scan.isAsciiLetter(v.charAt(pos))) {
            pos++;
        }
        int n = pos - p;
        lastWordStart = p;
        lastWordLength = n;
        if (n < 3) {
            return 0;
        }
        for (int i = 0; i < names.length; i++) {
            String name = names[i];
            if ((n == 3 || n == name.length()) && v.regionMatches(true, p, name, 0, n)) {
                fullName = n > 3;
                return i + 1;
            }
        }
        return 0;
    }
}
