package dev.kimball.core.bronze;

/**
 * The shape of a name with its numbers and dates taken out, so that {@code sales_2024-01-01}, {@code sales_2024-01-02}
 * and {@code sales_20240103} all have the key {@code sales_#}, and {@code part-00001} the key {@code part-#}. A run of
 * digits together with the {@code - _ . } separators between digits counts as one number.
 */
final class NamePattern {
    private NamePattern() {
    }

    /** The name with each number (or date) replaced by {@code #}. */
    static String key(String name) {
        StringBuilder b = new StringBuilder(name.length());
        int i = 0;
        while (i < name.length()) {
            char c = name.charAt(i);
            if (Character.isDigit(c)) {
                int j = i;
                while (j < name.length() && (Character.isDigit(name.charAt(j))
                        || isSeparator(name.charAt(j)) && j + 1 < name.length() && Character.isDigit(name.charAt(j + 1)))) {
                    j++;
                }
                b.append('#');
                i = j;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    /** Whether the name has a number in it (only such names can share a table by pattern). */
    static boolean hasNumber(String name) {
        return key(name).indexOf('#') >= 0;
    }

    /** The base for a table name of a pattern: the key without its numbers, e.g. {@code sales_#} gives {@code sales}. */
    static String tableBase(String key) {
        String s = key.replace("#", " ").strip();
        return s.isEmpty() ? key : s;
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == '_' || c == '.';
    }
}
