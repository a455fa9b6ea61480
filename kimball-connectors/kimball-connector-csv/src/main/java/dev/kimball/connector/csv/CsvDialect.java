package dev.kimball.connector.csv;

/**
 * How one file is parsed, detected or set explicitly.
 *
 * @param delimiter         field delimiter
 * @param quote             quote, or {@code '\0'} for none
 * @param escape            the quote itself (doubling) or a prefix escape such as {@code '\\'}; {@code '\0'} for none
 * @param header            whether the first line after the preamble holds column names
 * @param skipLines         preamble lines skipped before the header (or first record)
 * @param columns           expected fields per record (the header's, after dropping a trailing delimiter)
 * @param trailingDelimiter whether lines end with a delimiter by convention, so one trailing empty field is dropped
 * @param padShortRows      whether records with fewer fields are the file's convention and get null-padded
 * @param comments          whether {@code # ...} lines are comments to skip (the sample had some)
 */
record CsvDialect(char delimiter, char quote, char escape, boolean header, int skipLines, int columns,
                  boolean trailingDelimiter, boolean padShortRows, boolean comments) {

    /** e.g. {@code delimiter=';' quote='"' escape=doubled header=true skip=2}. */
    String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append("delimiter=").append(show(delimiter));
        sb.append(" quote=").append(quote == '\0' ? "none" : show(quote));
        sb.append(" escape=").append(escape == '\0' ? "none" : escape == quote ? "doubled" : escape == '\\' ? "backslash" : show(escape));
        sb.append(" header=").append(header);
        sb.append(" skip=").append(skipLines);
        if (trailingDelimiter) {
            sb.append(" trailing-delimiter=dropped");
        }
        if (padShortRows) {
            sb.append(" short-rows=padded");
        }
        if (comments) {
            sb.append(" comments='#'");
        }
        return sb.toString();
    }

    static String show(char c) {
        return switch (c) {
            case '\t' -> "'\\t'";
            case '\'' -> "'\\''";
            default -> c < 0x20 ? String.format("'\\u%04x'", (int) c) : "'" + c + "'";
        };
    }
}
