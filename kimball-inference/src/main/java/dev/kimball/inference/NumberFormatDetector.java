package dev.kimball.inference;

/**
 * One-pass scanner for numbers as people write them: sign, accounting parentheses, currency symbol or code before
 * or after, digits with grouping separators, a decimal separator, an exponent, a percent sign. A scan records for
 * which of the {@link #CONVENTIONS} (decimal/grouping pairs) the value is valid, and the integer and fraction digits
 * under each. Reusable and not thread-safe: one instance per column scan.
 */
final class NumberFormatDetector {
    static final int CONVENTIONS = 5;
    static final char[] DECIMAL = {'.', ',', ',', '.', '.'};
    static final char[] GROUPING = {',', '.', ' ', ' ', '\''};
    private static final int MAX_RUNS = 16;

    // results of the last successful scan
    int convMask;
    int groupedMask;
    final int[] intDigits = new int[CONVENTIONS];
    final int[] scale = new int[CONVENTIONS];
    boolean negative;
    boolean parens;
    boolean percent;
    boolean exponent;
    boolean leadingZero;
    /** Index into {@link CurrencyTokens#TOKENS}, or -1. */
    int currency;
    boolean currencySuffix;

    private final int[] runLen = new int[MAX_RUNS];
    private final char[] sep = new char[MAX_RUNS];

    /** Scans the trimmed region {@code [s, e)}; false when it is no number in any convention. */
    boolean scan(String v, int s, int e) {
        negative = parens = percent = exponent = leadingZero = currencySuffix = false;
        currency = -1;
        int i = s;
        boolean sign = false;
        while (i < e) {
            char c = v.charAt(i);
            if (c == '-' || c == '+' || c == '\u2212') {
                if (sign) {
                    return false;
                }
                sign = true;
                negative = c != '+';
                i++;
            } else if (c == '(') {
                if (parens) {
                    return false;
                }
                parens = true;
                i++;
            } else if (!Scan.isDigit(c) && c != '.' && c != ',') {
                int m = currency < 0 ? CurrencyTokens.match(v, i, e) : 0;
                if (m == 0) {
                    return false;
                }
                currency = (m >> 8) - 1;
                i += m & 0xff;
                while (i < e && Scan.isSpace(v.charAt(i))) {
                    i++;
                }
            } else {
                break;
            }
        }
        // body: digit runs separated by single separator characters
        int runs = 0, len = 0, digits = 0;
        boolean body = true;
        int bodyStart = i;
        while (i < e && body) {
            char c = v.charAt(i);
            if (Scan.isDigit(c)) {
                len++;
                digits++;
                i++;
            } else if ((c == '.' || c == ',' || c == '\'' || Scan.isSpace(c)) && i + 1 < e && Scan.isDigit(v.charAt(i + 1))
                    && (len > 0 || (i == bodyStart && (c == '.' || c == ',')))) {
                if (runs == MAX_RUNS - 1) {
                    return false;
                }
                runLen[runs] = len;
                sep[runs++] = Scan.isSpace(c) ? ' ' : c;
                len = 0;
                i++;
            } else {
                body = false;
            }
        }
        if (digits == 0) {
            return false;
        }
        runLen[runs] = len;
        leadingZero = runLen[0] > 1 && v.charAt(bodyStart) == '0';
        if (i < e && (v.charAt(i) | 0x20) == 'e') {
            int j = i + 1;
            if (j < e && (v.charAt(j) == '-' || v.charAt(j) == '+')) {
                j++;
            }
            int k = j;
            while (k < e && Scan.isDigit(v.charAt(k))) {
                k++;
            }
            if (k == j) {
                return false;
            }
            exponent = true;
            i = k;
        }
        boolean closed = false;
        while (i < e) {
            char c = v.charAt(i);
            if (Scan.isSpace(c)) {
                i++;
            } else if (c == '%' && !percent) {
                percent = true;
                i++;
            } else if (c == ')' && parens && !closed) {
                closed = true;
                i++;
            } else {
                int m = currency < 0 ? CurrencyTokens.match(v, i, e) : 0;
                if (m == 0) {
                    return false;
                }
                currency = (m >> 8) - 1;
                currencySuffix = true;
                i += m & 0xff;
            }
        }
        if (parens != closed || (parens && sign)) {
            return false;
        }
        if (parens) {
            negative = true;
        }
        return conventions(runs);
    }

    private boolean conventions(int runs) {
        convMask = 0;
        groupedMask = 0;
        for (int c = 0; c < CONVENTIONS; c++) {
            char d = DECIMAL[c], g = GROUPING[c];
            if (runs == 0) {
                intDigits[c] = runLen[0];
                scale[c] = 0;
                convMask |= 1 << c;
                continue;
            }
            char last = sep[runs - 1];
            int groups = last == d ? runs - 1 : runs;
            if (last != d && last != g) {
                continue;
            }
            boolean ok = true;
            int integer = runLen[0];
            for (int r = 0; r < groups && ok; r++) {
                ok = sep[r] == g && runLen[r + 1] == 3 && runLen[0] >= 1 && runLen[0] <= 3;
                if (r + 1 < runs || last == g) {
                    integer += runLen[r + 1];
                }
            }
            if (!ok || (groups > 0 && last == d && runLen[0] == 0)) {
                continue;
            }
            if (last == d) {
                intDigits[c] = integer;
                scale[c] = runLen[runs];
            } else {
                intDigits[c] = integer;
                scale[c] = 0;
            }
            convMask |= 1 << c;
            if (groups > 0) {
                groupedMask |= 1 << c;
            }
        }
        return convMask != 0;
    }
}
