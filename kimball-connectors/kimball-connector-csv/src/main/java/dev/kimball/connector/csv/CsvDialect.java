package dev.kimball.connector.csv;

/**
 * How one file is parsed, detected or set explicitly.
 *
 * @param syntax            delimiter, quote and escape
 * @param header            whether the first line after the preamble holds column names
 * @param skipLines         preamble lines skipped before the header (or first record)
 * @param columns           expected fields per record (the header's, after dropping a trailing delimiter)
 * @param trailingDelimiter whether lines end with a delimiter by convention, so one trailing empty field is dropped
 * @param padShortRows      whether records with fewer fields are the file's convention and get null-padded
 * @param comments          whether {@code # ...} lines are comments to skip (the sample had some)
 */
record CsvDialect(CsvSyntax syntax, boolean header, int skipLines, int columns,
                  boolean trailingDelimiter, boolean padShortRows, boolean comments) {

    /** e.g. {@code delimiter=';' quote='"' escape=doubled header=true skip=2}. */
    String describe() {
        StringBuilder sb = new StringBuilder(syntax.describe());
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
}
