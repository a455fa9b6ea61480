package dev.kimball.connector.csv;

/**
 * Recognises cell values that look like clean data (numbers, dates, times, URLs, e-mails, null markers, plain
 * words). A dialect that splits a file the right way yields many such cells; a wrong one leaves delimiters,
 * quotes and fragments inside cells. Hand-written scanners, no regular expressions (called for every cell of
 * every candidate dialect).
 */
final class CellTypes {
    private CellTypes() {
    }

    static boolean known(String v) {
        String s = v.strip();
        if (s.isEmpty()) {
            return true;
        }
        return isNumber(s) || isDateTime(s) || isPlainText(s) || isUrlOrEmail(s);
    }

    /**
     * Integers and decimals with optional sign, currency, percent, exponent, accounting parentheses, and grouping
     * (groups of three digits after a first group of one to three, one grouping character, then optionally a
     * different decimal separator). A single separator may be either ({@code 3,14}, {@code 1.234}).
     */
    static boolean isNumber(String s) {
        int i = 0;
        int n = s.length();
        if (n > 2 && s.charAt(0) == '(' && s.charAt(n - 1) == ')') {
            i = 1;
            n--;
        }
        if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            i++;
        }
        if (i < n && isCurrency(s.charAt(i))) {
            i++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            int d = digits(s, i, n);
            return d > 0 && suffix(s, i + d, n);
        }
        int[] lens = new int[8];
        char[] seps = new char[8];
        int groups = 0;
        for (;;) {
            int d = digits(s, i, n);
            if (d == 0) {
                return false;
            }
            lens[groups++] = d;
            i += d;
            if (i + 1 >= n || groups == lens.length) {
                break;
            }
            char c = s.charAt(i);
            if (!(c == '.' || c == ',' || c == '\'' || c == ' ' || c == '\u00a0') || !Character.isDigit(s.charAt(i + 1))) {
                break;
            }
            seps[groups - 1] = c;
            i++;
        }
        if (groups > 1) {
            int last = groups - 1;
            char g = seps[0];
            boolean lastIsDecimal = seps[last - 1] != g || groups == 2 && (g == '.' || g == ',');
            int grouped = lastIsDecimal ? last : groups;
            if (grouped > 1 && lens[0] > 3) {
                return false;
            }
            for (int k = 1; k < grouped; k++) {
                if (lens[k] != 3 || seps[k - 1] != g) {
                    return false;
                }
            }
            if (lastIsDecimal && seps[last - 1] != '.' && seps[last - 1] != ',') {
                return false;
            }
        }
        return suffix(s, i, n);
    }

    private static int digits(String s, int i, int n) {
        int j = i;
        while (j < n && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
            j++;
        }
        return j - i;
    }

    /** Optional exponent, then optional percent or currency, then the end. */
    private static boolean suffix(String s, int i, int n) {
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < n && (s.charAt(j) == '-' || s.charAt(j) == '+')) {
                j++;
            }
            int d = digits(s, j, n);
            if (d > 0) {
                i = j + d;
            }
        }
        if (i < n && (s.charAt(i) == '%' || isCurrency(s.charAt(i)))) {
            i++;
        }
        return i == n;
    }

    private static boolean isCurrency(char c) {
        return c == '$' || c == '\u20ac' || c == '\u00a3' || c == '\u00a5';
    }

    /**
     * Dates, times and timestamps: two or more digit groups of at most four digits joined by - / . : space or T, at
     * least one of - / : among them (or three dot-separated groups, 31.12.2020); a fraction after seconds may be
     * longer; optional AM/PM, Z, UTC/GMT or an offset at the end.
     */
    static boolean isDateTime(String s) {
        int n = s.length();
        if (n < 3 || n > 40) {
            return false;
        }
        int groups = 0;
        int dots = 0;
        boolean strongSep = false;
        boolean colon = false;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                int d = digits(s, i, n);
                boolean fraction = colon && i > 0 && s.charAt(i - 1) == '.';
                if (d > 4 && !fraction) {
                    return false;
                }
                groups++;
                i += d;
                continue;
            }
            if (c == '-' || c == '/' || c == ':') {
                strongSep = true;
                colon |= c == ':';
            } else if (c == '.') {
                dots++;
            } else if (!(c == ' ' || c == 'T' && groups > 0 || c == '+' && groups > 2)) {
                String rest = s.substring(i).strip().toUpperCase(java.util.Locale.ROOT);
                if (groups >= 2 && (rest.equals("AM") || rest.equals("PM") || rest.equals("Z") || rest.equals("UTC")
                        || rest.equals("GMT"))) {
                    break;
                }
                return false;
            }
            i++;
        }
        return groups >= 2 && (strongSep || dots == 2 && groups == 3);
    }

    /** Words: letters, digits, spaces and light punctuation only (no delimiters, no quotes). */
    static boolean isPlainText(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                letters++;
            } else if (c == ' ' || c == '-' || c == '_' || c == '.' || c == '(' || c == ')' || c == '&' || c == '/'
                    || c == '\'' && i > 0 && i < s.length() - 1
                    || c == '+' || c == '#' || c == '@' || c == '!' || c == '?' || c == '%' || c == '$' || c == '*'
                    || c == '\u20ac' || c == '\u00a3' || c == '[' || c == ']') {
                continue;
            } else {
                return false;
            }
        }
        return letters > 0;
    }

    static boolean isUrlOrEmail(String s) {
        if (s.indexOf(' ') >= 0) {
            return false;
        }
        if (s.startsWith("http://") || s.startsWith("https://") || s.startsWith("www.") || s.startsWith("ftp://")) {
            return true;
        }
        int at = s.indexOf('@');
        return at > 0 && s.indexOf('.', at) > at + 1 && s.indexOf('@', at + 1) < 0;
    }
}
