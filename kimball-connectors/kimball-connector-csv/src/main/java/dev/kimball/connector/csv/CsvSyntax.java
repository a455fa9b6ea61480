package dev.kimball.connector.csv;

/**
 * How fields are separated and quoted.
 *
 * @param delimiter field delimiter
 * @param quote     quote, or {@code '\0'} for none
 * @param escape    the quote itself (doubling only) or a prefix escape such as {@code '\\'}; {@code '\0'} for none
 * @param spaceRuns with a space delimiter: a run of spaces is one delimiter, and spaces at the start and end of a
 *                  line are not fields (space-aligned text tables)
 */
record CsvSyntax(char delimiter, char quote, char escape, boolean spaceRuns) {
    static CsvSyntax of(char delimiter, char quote, char escape) {
        return new CsvSyntax(delimiter, quote, escape, false);
    }

    /** e.g. {@code delimiter=';' quote='"' escape=doubled}. */
    String describe() {
        return "delimiter=" + show(delimiter) + (spaceRuns ? " (runs)" : "")
                + " quote=" + (quote == '\0' ? "none" : show(quote))
                + " escape=" + (escape == '\0' ? "none" : escape == quote ? "doubled" : escape == '\\' ? "backslash" : show(escape));
    }

    static String show(char c) {
        return switch (c) {
            case '\t' -> "'\\t'";
            case '\'' -> "'\\''";
            default -> c < 0x20 ? String.format("'\\u%04x'", (int) c) : "'" + c + "'";
        };
    }
}
