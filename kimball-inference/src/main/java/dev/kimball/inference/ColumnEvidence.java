package dev.kimball.inference;

import java.util.HashMap;
import java.util.Map;

/**
 * What the scanners found in the values of one column: counts per candidate type and format, independent of the
 * column's name (so it can be cached by a fingerprint of the values). Built once by {@link #scan}, read-only after.
 */
final class ColumnEvidence {
    static final int MAX_KEYS = 12;
    private static final int SHAPE_VALUES = 64;

    int values;
    int nulls;
    int nonNull;
    final int[] bool = new int[BooleanDetector.CODES];

    // numbers, values with only digits kept apart (they fit every convention)
    int digitsOnly;
    int digitsMaxLen;
    int yyyymmdd;
    int unixSeconds;
    int unixMillis;
    int years;
    final int[] conv = new int[NumberFormatDetector.CONVENTIONS];
    final int[] convIntegral = new int[NumberFormatDetector.CONVENTIONS];
    final int[] convMaxInt = new int[NumberFormatDetector.CONVENTIONS];
    final int[] convMaxScale = new int[NumberFormatDetector.CONVENTIONS];
    int groupedMask;
    int exponents;
    int percents;
    int parens;
    int leadingZeros;
    final int[] currency = new int[CurrencyTokens.TOKENS.length];
    int currencySuffix;

    // temporal formats by structural key
    final long[] keys = new long[MAX_KEYS];
    final int[] keyCount = new int[MAX_KEYS];
    final int[] keyUnpadded = new int[MAX_KEYS];
    final int[] keyFraction = new int[MAX_KEYS];
    final int[] keyNoFraction = new int[MAX_KEYS];
    final int[] keyZones = new int[MAX_KEYS];
    final int[] keyMonthForms = new int[MAX_KEYS];
    final int[] keyDmyOnly = new int[MAX_KEYS];
    final int[] keyMdyOnly = new int[MAX_KEYS];
    int keyCountUsed;

    String shape = "";

    /** Scans {@code n} values; scanners whose candidate can no longer reach {@code threshold} stop early. */
    static ColumnEvidence scan(String[] v, int n, NullTokens nullTokens, double threshold) {
        ColumnEvidence ev = new ColumnEvidence();
        ev.collect(v, n, nullTokens, threshold);
        return ev;
    }

    private void collect(String[] v, int n, NullTokens nullTokens, double threshold) {
        NumberFormatDetector num = new NumberFormatDetector();
        DateFormatDetector date = new DateFormatDetector();
        Map<String, int[]> shapes = new HashMap<>();
        int maxFail = (int) Math.floor((1 - threshold) * n);
        int numFail = 0, dateFail = 0, boolFail = 0;
        values = n;
        for (int k = 0; k < n; k++) {
            String s = v[k];
            if (s == null) {
                nulls++;
                continue;
            }
            int a = Scan.trimStart(s), e = Scan.trimEnd(s, a);
            if (nullTokens.isNull(s, a, e)) {
                nulls++;
                continue;
            }
            nonNull++;
            if (nonNull <= SHAPE_VALUES) {
                shapes.computeIfAbsent(shapeOf(s, a, e), x -> new int[1])[0]++;
            }
            int len = e - a;
            int code = 0;
            if (boolFail <= maxFail) {
                code = BooleanDetector.code(s, a, e);
                bool[code]++;
                if (code == 0) {
                    boolFail++;
                }
            }
            if (code != 0 && code != 9 && code != 10) {
                // a boolean word (not 1/0) is neither a number nor a date
                continue;
            }
            int digits = 0;
            while (digits < len && Scan.isDigit(s.charAt(a + digits))) {
                digits++;
            }
            if (digits == len) {
                digitsOnly(s, a, len);
                continue;
            }
            boolean isNumber = numFail <= maxFail && num.scan(s, a, e);
            if (isNumber) {
                number(num);
            } else if (!codeLike(s, a, e)) {
                // short digit-free tokens may turn out to be missing-value codes (MissingCodes), so they do not count
                numFail++;
            }
            if (dateFail <= maxFail && len >= 4 && len <= 48 && date.scan(s, a, e)) {
                temporal(date);
            } else if (!codeLike(s, a, e)) {
                dateFail++;
            }
        }
        int best = 0;
        for (Map.Entry<String, int[]> en : shapes.entrySet()) {
            if (en.getValue()[0] > best || en.getValue()[0] == best && en.getKey().compareTo(shape) < 0) {
                best = en.getValue()[0];
                shape = en.getKey();
            }
        }
    }

    private static boolean codeLike(String s, int a, int e) {
        if (e - a > MissingCodes.MAX_LENGTH) {
            return false;
        }
        for (int i = a; i < e; i++) {
            if (Scan.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private void digitsOnly(String s, int a, int len) {
        digitsOnly++;
        if (len > digitsMaxLen) {
            digitsMaxLen = len;
        }
        if (len > 1 && s.charAt(a) == '0') {
            leadingZeros++;
        }
        if (len > 13) {
            return;
        }
        long x = 0;
        for (int i = a; i < a + len; i++) {
            x = x * 10 + (s.charAt(i) - '0');
        }
        if (len == 8) {
            int y = (int) (x / 10000), m = (int) (x / 100 % 100), d = (int) (x % 100);
            if (y >= 1900 && y <= 2099 && Scan.validDate(y, m, d)) {
                yyyymmdd++;
            }
        } else if (len == 4) {
            if (x >= 1800 && x <= 2100) {
                years++;
            }
        } else if (len == 9 || len == 10) {
            if (x >= 631152000L && x <= 2147483647L) {
                unixSeconds++;
            }
        } else if (len == 12 || len == 13) {
            if (x >= 631152000000L && x <= 4102444800000L) {
                unixMillis++;
            }
        }
    }

    private void number(NumberFormatDetector num) {
        int mask = num.convMask;
        for (int c = 0; c < NumberFormatDetector.CONVENTIONS; c++) {
            if ((mask & 1 << c) != 0) {
                conv[c]++;
                if (num.scale[c] == 0 && !num.exponent) {
                    convIntegral[c]++;
                }
                if (num.intDigits[c] > convMaxInt[c]) {
                    convMaxInt[c] = num.intDigits[c];
                }
                if (num.scale[c] > convMaxScale[c]) {
                    convMaxScale[c] = num.scale[c];
                }
            }
        }
        groupedMask |= num.groupedMask;
        if (num.exponent) {
            exponents++;
        }
        if (num.percent) {
            percents++;
        }
        if (num.parens) {
            parens++;
        }
        if (num.leadingZero) {
            leadingZeros++;
        }
        if (num.currency >= 0) {
            currency[num.currency]++;
            if (num.currencySuffix) {
                currencySuffix++;
            }
        }
    }

    private void temporal(DateFormatDetector d) {
        int i = 0;
        while (i < keyCountUsed && keys[i] != d.key) {
            i++;
        }
        if (i == keyCountUsed) {
            if (i == MAX_KEYS) {
                return;
            }
            keys[i] = d.key;
            keyCountUsed++;
        }
        keyCount[i]++;
        keyUnpadded[i] |= d.unpadded;
        if (d.fraction > keyFraction[i]) {
            keyFraction[i] = d.fraction;
        }
        if (d.fraction == 0) {
            keyNoFraction[i]++;
        }
        keyZones[i] |= d.zone;
        keyMonthForms[i] |= d.monthForm;
        if (d.dm == DateFormatDetector.DM_DMY) {
            keyDmyOnly[i]++;
        } else if (d.dm == DateFormatDetector.DM_MDY) {
            keyMdyOnly[i]++;
        }
    }

    /** Digits as {@code 9}, ASCII letters as {@code a}, other characters kept; runs collapsed; at most 24 characters. */
    static String shapeOf(String s, int a, int e) {
        StringBuilder b = new StringBuilder(Math.min(24, e - a));
        char prev = 0;
        for (int i = a; i < e && b.length() < 24; i++) {
            char c = s.charAt(i);
            char k = Scan.isDigit(c) ? '9' : Character.isLetter(c) ? 'a' : c;
            if (k != prev || (k != '9' && k != 'a')) {
                b.append(k);
            }
            prev = k;
        }
        return b.toString();
    }
}
