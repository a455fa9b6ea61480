package dev.kimball.core.warehouse;

/**
 * Translates a {@link dev.kimball.api.TypeFormat} temporal pattern into an RE2 full-match regular expression, for
 * engines without an exact pattern parser: field shapes and ranges (hours 0-23, minutes and seconds 0-59, English
 * month and day names ignoring case, offsets {@code Z}/{@code +05}/{@code +0530}/{@code +05:30}), {@code [...]}
 * optional. Year, month and day are the only capturing groups, so a dialect can check calendar validity (e.g.
 * 30/02) with their group numbers; a group inside an optional section is not reported (it may be empty). Immutable.
 */
public final class TemporalRegex {
    static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december"};
    private static final String[] DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

    private final String regex;
    private int groups;
    /** Group numbers (0: absent) of year, month, day; {@code twoDigitYear}, {@code monthName} describe them. */
    private int year;
    private int month;
    private int day;
    private boolean twoDigitYear;
    private boolean monthName;

    private TemporalRegex(String pattern) {
        StringBuilder b = new StringBuilder("^");
        translate(pattern, 0, pattern.length(), 0, b);
        this.regex = b.append('$').toString();
    }

    /**
     * Compiles a pattern.
     *
     * @throws IllegalArgumentException naming the pattern when a letter is unsupported or a bracket or quote is unbalanced
     */
    public static TemporalRegex of(String pattern) {
        if (pattern.isEmpty()) {
            throw new IllegalArgumentException("a temporal pattern must not be empty");
        }
        return new TemporalRegex(pattern);
    }

    public String regex() {
        return regex;
    }

    public int yearGroup() {
        return year;
    }

    public int monthGroup() {
        return month;
    }

    public int dayGroup() {
        return day;
    }

    /** Whether the year group holds two digits meaning 2000-2099. */
    public boolean twoDigitYear() {
        return twoDigitYear;
    }

    /** Whether the month group holds an English name (its first three letters identify it). */
    public boolean monthName() {
        return monthName;
    }

    private void translate(String p, int from, int to, int depth, StringBuilder b) {
        int i = from;
        while (i < to) {
            char c = p.charAt(i);
            if (c == '\'') {
                int end = p.indexOf('\'', i + 1);
                if (end < 0 || end >= to) {
                    throw new IllegalArgumentException("unclosed quote in temporal pattern '" + p + "'");
                }
                literal(p.substring(i + 1, end), b);
                i = end + 1;
            } else if (c == '[') {
                int close = closing(p, i, to);
                b.append("(?:");
                translate(p, i + 1, close, depth + 1, b);
                b.append(")?");
                i = close + 1;
            } else if (c == ']') {
                throw new IllegalArgumentException("unbalanced ']' in temporal pattern '" + p + "'");
            } else if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                int j = i;
                while (j < to && p.charAt(j) == c) {
                    j++;
                }
                field(c, j - i, depth, p, b);
                i = j;
            } else {
                literal(String.valueOf(c), b);
                i++;
            }
        }
    }

    private static int closing(String p, int open, int to) {
        int depth = 0;
        boolean quoted = false;
        for (int k = open; k < to; k++) {
            char c = p.charAt(k);
            quoted ^= c == '\'';
            if (!quoted && c == '[') {
                depth++;
            } else if (!quoted && c == ']' && --depth == 0) {
                return k;
            }
        }
        throw new IllegalArgumentException("unclosed '[' in temporal pattern '" + p + "'");
    }

    private void field(char c, int w, int depth, String p, StringBuilder b) {
        switch (c) {
            case 'y' -> {
                b.append(w == 2 ? "([0-9]{2})" : "([0-9]{4})");
                groups++;
                if (depth == 0) {
                    year = groups;
                    twoDigitYear = w == 2;
                }
            }
            case 'M' -> {
                b.append(w >= 4 ? names(MONTHS, false) : w == 3 ? names(MONTHS, true) : w == 2 ? "([0-9]{2})" : "([0-9]{1,2})");
                groups++;
                if (depth == 0) {
                    month = groups;
                    monthName = w >= 3;
                }
            }
            case 'd' -> {
                b.append(w == 2 ? "([0-9]{2})" : "([0-9]{1,2})");
                groups++;
                if (depth == 0) {
                    day = groups;
                }
            }
            case 'E' -> b.append(names(DAYS, w < 4).replaceFirst("^\\(", "(?:"));
            case 'H' -> b.append(w == 2 ? "(?:[01][0-9]|2[0-3])" : "(?:[01]?[0-9]|2[0-3])");
            case 'h' -> b.append(w == 2 ? "(?:0[1-9]|1[0-2])" : "(?:0?[1-9]|1[0-2])");
            case 'm', 's' -> b.append("[0-5][0-9]");
            case 'S' -> b.append("[0-9]{1,").append(w).append('}');
            case 'a' -> b.append("(?i:am|pm)");
            case 'X' -> b.append("(?:Z|[-+][0-9]{2}(?::?[0-9]{2})?)");
            case 'z' -> b.append("[A-Za-z][A-Za-z0-9_/+-]*");
            default -> throw new IllegalArgumentException("letter '" + c + "' in temporal pattern '" + p + "' is not supported");
        }
    }

    private static String names(String[] names, boolean abbreviated) {
        StringBuilder b = new StringBuilder("((?i:");
        for (int k = 0; k < names.length; k++) {
            b.append(k == 0 ? "" : "|").append(abbreviated ? names[k].substring(0, 3) : names[k]);
        }
        return b.append("))").toString();
    }

    private static void literal(String s, StringBuilder b) {
        for (char c : s.toCharArray()) {
            if ("\\.^$|?*+()[]{}".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
    }

    @Override
    public String toString() {
        return regex;
    }
}
