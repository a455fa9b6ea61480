package dev.kimball.connector.csv;

import dev.kimball.api.CsvSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses delimiter, quote and escape from a text sample, CleverCSV-style: every candidate dialect parses the
 * sample, and the one whose rows are most consistent in field count (pattern score) and whose cells look most
 * like clean values (type score) wins. Options set on the {@link CsvSource} are taken as given.
 *
 * <p>On top of the score: the common delimiters ({@value #COMMON_TEXT}) compete on score alone; a rarer one (space,
 * colon, {@code #}, ...) must score {@value #RARE_MARGIN} times higher and split at least three rows, most of the
 * sample, the same way. A candidate that leaves most rows in one field is a single-column reading, and a
 * single-column file gets {@code ','}. Quotes: {@code "} is preferred over none and over {@code '} when scores are
 * close. The escape is then settled on the whole sample: backslash only if it leaves fewer malformed quoted fields
 * than doubling and is used more often than doubled quotes. Lines starting with {@code #} followed by a space,
 * {@code #}, {@code !} or nothing are comments. The layout (preamble, header, trailing delimiter, padding) is read by
 * {@link TableLayout}.
 */
final class DialectDetector {
    /** Delimiters tried, in order of preference when scores tie. */
    static final String DELIMITERS = ",;\t|:^~ #&*!=/+\u00a7\u0001\u001f";
    /** Delimiters taken on their score alone. */
    static final String COMMON = ",;\t|";
    private static final String COMMON_TEXT = ", ; tab |";
    static final double RARE_MARGIN = 2.0;
    static final int SAMPLE_CHARS = 128 * 1024;
    static final int SAMPLE_ROWS = 1000;
    /** A first row of another width than most rows (a preamble or a non-matching header) costs this factor. */
    static final double PREAMBLE_FACTOR = 0.7;
    private static final char NONE = CsvSource.NO_QUOTE;

    private DialectDetector() {
    }

    /** Detects what {@code options} leave unset from {@code sample} (whose end is the input's end if {@code complete}). */
    static CsvDialect detect(String sample, boolean complete, CsvSource options) {
        String text = trim(sample, complete);
        boolean whole = complete && text.length() == sample.length();
        Candidate common = null;
        Candidate rare = null;
        for (CsvSyntax syntax : candidates(text, options)) {
            SampleTable t = SampleTable.parse(text, whole, syntax, SAMPLE_ROWS);
            Candidate c = new Candidate(t, score(t) * quotePrior(syntax.quote()));
            if (COMMON.indexOf(syntax.delimiter()) >= 0 || options.delimiter().isPresent()) {
                common = c.betterThan(common) ? c : common;
            } else {
                rare = c.betterThan(rare) ? c : rare;
            }
        }
        Candidate best = common;
        if (rare != null && (best == null || rare.score > RARE_MARGIN * best.score && rare.wellSupported())) {
            best = rare;
        }
        SampleTable table = best.table;
        if (options.escape().isEmpty() && text.indexOf('\\') >= 0) {
            table = settleEscape(text, whole, table, options);
        }
        return TableLayout.of(table, options);
    }

    private static List<CsvSyntax> candidates(String text, CsvSource options) {
        List<CsvSyntax> out = new ArrayList<>();
        boolean spaceRuns = options.delimiter().orElse(' ') == ' ' && text.contains("  ");
        for (char d : delimiters(text, options)) {
            for (char q : quotes(text, options)) {
                for (char e : escapes(text, q, options)) {
                    out.add(CsvSyntax.of(d, q, e));
                    if (d == ' ' && spaceRuns) {
                        out.add(new CsvSyntax(d, q, e, true));
                    }
                }
            }
        }
        return out;
    }

    /**
     * Re-parses the whole sample with doubling and with backslash escapes, and takes backslash only if it leaves fewer
     * malformed quoted fields and is used more often than doubled quotes. A backslash before single quotes only
     * ({@code Ship\'s}) marks the single quote as the writer's quote character, when that reads as cleanly.
     */
    private static SampleTable settleEscape(String text, boolean whole, SampleTable chosen, CsvSource options) {
        CsvSyntax s = chosen.syntax;
        if (s.quote() == NONE) {
            return chosen;
        }
        SampleTable doubled = SampleTable.parse(text, whole, new CsvSyntax(s.delimiter(), s.quote(), s.quote(), s.spaceRuns()),
                Integer.MAX_VALUE);
        SampleTable backslash = SampleTable.parse(text, whole, new CsvSyntax(s.delimiter(), s.quote(), '\\', s.spaceRuns()),
                Integer.MAX_VALUE);
        long badDoubled = anomalies(doubled);
        long badBackslash = anomalies(backslash);
        boolean useBackslash = badBackslash < badDoubled && backslash.prefixEscapedFields > doubled.doubledQuoteFields
                || badBackslash == badDoubled && score(backslash) > score(doubled) * 1.01;
        SampleTable pick = useBackslash ? backslash : doubled;
        if (s.quote() == '"' && options.quote().isEmpty() && pick.quotedFields == 0 && text.contains("\\'")) {
            SampleTable single = SampleTable.parse(text, whole, new CsvSyntax(s.delimiter(), '\'', '\\', s.spaceRuns()),
                    Integer.MAX_VALUE);
            if (anomalies(single) <= anomalies(pick) && single.prefixEscapedFields > 0
                    && TableLayout.mostCommonWidth(single) == TableLayout.mostCommonWidth(pick)) {
                pick = single;
            }
        }
        return SampleTable.parse(text, whole, pick.syntax, SAMPLE_ROWS);
    }

    private static long anomalies(SampleTable t) {
        return t.literalQuotedFields + t.brokenRecords;
    }

    private static double quotePrior(char q) {
        return q == '"' ? 1.0 : q == NONE ? 0.99 : 0.98;
    }

    /** A parsed candidate and its score. */
    private record Candidate(SampleTable table, double score) {
        boolean betterThan(Candidate other) {
            return other == null || score > other.score;
        }

        /** At least three rows of one width of two or more fields, making up most rows. */
        boolean wellSupported() {
            int width = TableLayout.mostCommonWidth(table);
            long rows = table.rows.stream().filter(r -> r.length == width).count();
            return width >= 2 && rows >= 3 && rows >= 0.7 * table.rows.size();
        }
    }

    /** Keeps at most {@link #SAMPLE_CHARS}, cut after the last complete line. */
    private static String trim(String sample, boolean complete) {
        String s = sample.length() > SAMPLE_CHARS ? sample.substring(0, SAMPLE_CHARS) : sample;
        if (complete && s.length() == sample.length()) {
            return s;
        }
        int cut = Math.max(s.lastIndexOf('\n'), s.lastIndexOf('\r'));
        return cut > 0 ? s.substring(0, cut + 1) : s;
    }

    private static List<Character> delimiters(String text, CsvSource options) {
        List<Character> out = new ArrayList<>();
        if (options.delimiter().isPresent()) {
            out.add(options.delimiter().get());
            return out;
        }
        out.add(',');
        for (int i = 1; i < DELIMITERS.length(); i++) {
            char c = DELIMITERS.charAt(i);
            if (text.indexOf(c) >= 0) {
                out.add(c);
            }
        }
        return out;
    }

    private static List<Character> quotes(String text, CsvSource options) {
        List<Character> out = new ArrayList<>();
        if (options.quote().isPresent()) {
            out.add(options.quote().get());
            return out;
        }
        out.add('"');
        if (text.indexOf('\'') >= 0) {
            out.add('\'');
        }
        if (text.indexOf('"') >= 0 || text.indexOf('\'') >= 0) {
            out.add(NONE);
        }
        return out;
    }

    private static List<Character> escapes(String text, char quote, CsvSource options) {
        List<Character> out = new ArrayList<>();
        if (options.escape().isPresent()) {
            out.add(options.escape().get());
            return out;
        }
        out.add(quote);
        if (quote != NONE && text.contains("\\" + quote)) {
            out.add('\\');
        }
        return out;
    }

    /**
     * Pattern score times type score, discounted for broken records and a first row of another width. Pattern
     * score: over the distinct field counts L (K of them) with N rows each, sum N * (L - 1) / L, divided by K.
     * A reading whose most common width is one field scores as a single column (the same for every delimiter).
     */
    static double score(SampleTable t) {
        int n = t.rows.size();
        if (n == 0) {
            return 0;
        }
        int width = TableLayout.mostCommonWidth(t);
        if (width == 1) {
            return n * 0.001;
        }
        Map<Integer, Integer> byWidth = new HashMap<>();
        long cells = 0;
        long known = 0;
        for (String[] row : t.rows) {
            byWidth.merge(row.length, 1, Integer::sum);
            for (String v : row) {
                cells++;
                if (CellTypes.known(v)) {
                    known++;
                }
            }
        }
        known = Math.max(0, known - t.literalQuotedFields);
        double pattern = 0;
        for (Map.Entry<Integer, Integer> e : byWidth.entrySet()) {
            int w = e.getKey();
            pattern += e.getValue() * Math.max(0.001, (w - 1) / (double) w);
        }
        pattern /= byWidth.size();
        double type = cells == 0 ? 0 : known / (double) cells;
        double broken = t.brokenRecords / (double) (n + t.brokenRecords);
        double preamble = firstRowFits(t, width) ? 1 : PREAMBLE_FACTOR;
        return pattern * Math.max(type, 0.001) * (1 - broken) * (1 - broken) * preamble;
    }

    private static boolean firstRowFits(SampleTable t, int width) {
        int w = t.rows.get(0).length;
        return w == width || Math.abs(w - width) == 1 && (t.bareEmptyLast.get(0) || t.rows.size() > 1 && t.bareEmptyLast.get(1));
    }
}
