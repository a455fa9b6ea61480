package dev.kimball.inference;

/** Character helpers shared by the scanners; all inlined hot paths, no allocation. */
final class Scan {
    private Scan() {
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F' || c == '\r' || c == '\n';
    }

    static int trimStart(String v) {
        int s = 0, n = v.length();
        while (s < n && isSpace(v.charAt(s))) {
            s++;
        }
        return s;
    }

    static int trimEnd(String v, int start) {
        int e = v.length();
        while (e > start && isSpace(v.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiLetter(char c) {
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }

    static boolean isLeap(int y) {
        return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    }

    static int daysInMonth(int y, int m) {
        switch (m) {
            case 2: return y < 0 || isLeap(y) ? 29 : 28;
            case 4: case 6: case 9: case 11: return 30;
            default: return 31;
        }
    }

    /** Whether y-m-d is a real date; {@code y < 0} means "year unknown" (Feb 29 allowed). */
    static boolean validDate(int y, int m, int d) {
        return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
    }
}
