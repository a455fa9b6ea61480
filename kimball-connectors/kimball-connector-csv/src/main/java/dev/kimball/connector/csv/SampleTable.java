package dev.kimball.connector.csv;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** The detection sample parsed with one candidate dialect: the rows it yields and how much of it broke. */
final class SampleTable {
    final CsvSyntax syntax;
    /** Non-blank, unbroken records in order. */
    final List<String[]> rows = new ArrayList<>();
    /** Starting line of each row. */
    final List<Long> lines = new ArrayList<>();
    /** Per row: whether its last field is empty and unquoted. */
    final List<Boolean> bareEmptyLast = new ArrayList<>();
    int brokenRecords;
    int commentLines;
    long literalQuotedFields;
    long doubledQuoteFields;
    long prefixEscapedFields;
    int quotedFields;

    private SampleTable(CsvSyntax syntax) {
        this.syntax = syntax;
    }

    /**
     * Parses {@code text} (whose last line is complete unless {@code complete} is false) into at most
     * {@code maxRows} rows. A quote still open where a truncated sample ends is not counted as broken.
     */
    static SampleTable parse(String text, boolean complete, CsvSyntax syntax, int maxRows) {
        SampleTable t = new SampleTable(syntax);
        CsvTokenizer tok = new CsvTokenizer(new StringReader(text), syntax);
        while (t.rows.size() < maxRows && tok.next()) {
            if (tok.error() != null) {
                if (!complete && tok.error().contains("end of file")) {
                    break;
                }
                t.brokenRecords++;
                continue;
            }
            if (tok.blank()) {
                continue;
            }
            if (tok.isComment()) {
                t.commentLines++;
                continue;
            }
            int n = tok.fieldCount();
            String[] row = new String[n];
            int q = 0;
            for (int i = 0; i < n; i++) {
                row[i] = tok.field(i);
                if (tok.fieldIsQuoted(i)) {
                    q++;
                }
            }
            t.quotedFields += q;
            t.rows.add(row);
            t.lines.add(tok.line());
            t.bareEmptyLast.add(n > 1 && tok.fieldIsBareEmpty(n - 1));
        }
        t.literalQuotedFields = tok.literalQuotedFields();
        t.doubledQuoteFields = tok.doubledQuoteFields();
        t.prefixEscapedFields = tok.prefixEscapedFields();
        return t;
    }
}
