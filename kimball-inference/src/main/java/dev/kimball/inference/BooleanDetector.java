package dev.kimball.inference;

/**
 * Recognizes boolean tokens without allocating. Each vocabulary is a true/false pair; a token's code is
 * {@code 1 + 2 * vocabulary + (false ? 1 : 0)}, 0 when the value is no boolean token.
 */
final class BooleanDetector {
    static final String[][] VOCABULARIES = {
        {"true", "false"}, {"yes", "no"}, {"y", "n"}, {"t", "f"}, {"1", "0"}, {"on", "off"}
    };
    /** The vocabulary index of {@code 1/0}, boolean only when the column name says so. */
    static final int ONE_ZERO = 4;
    static final int CODES = 1 + 2 * VOCABULARIES.length;

    private BooleanDetector() {
    }

    /** The token code of the trimmed region {@code [s, e)}. */
    static int code(String v, int s, int e) {
        int len = e - s;
        if (len > 5 || len == 0) {
            return 0;
        }
        char c = (char) (v.charAt(s) | 0x20);
        switch (c) {
            case 't': return len == 1 ? 7 : match(v, s, len, "true") ? 1 : 0;
            case 'f': return len == 1 ? 8 : match(v, s, len, "false") ? 2 : 0;
            case 'y': return len == 1 ? 5 : match(v, s, len, "yes") ? 3 : 0;
            case 'n': return len == 1 ? 6 : match(v, s, len, "no") ? 4 : 0;
            case '1': return len == 1 ? 9 : 0;
            case '0': return len == 1 ? 10 : 0;
            case 'o': return match(v, s, len, "on") ? 11 : match(v, s, len, "off") ? 12 : 0;
            default: return 0;
        }
    }

    private static boolean match(String v, int s, int len, String token) {
        return len == token.length() && v.regionMatches(true, s, token, 0, len);
    }
}
