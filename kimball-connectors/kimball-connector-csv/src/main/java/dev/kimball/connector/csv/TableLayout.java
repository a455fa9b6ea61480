package dev.kimball.connector.csv;

import dev.kimball.api.CsvSource;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the layout of a sample already parsed with the chosen dialect.
 *
 * <ul>
 *   <li><b>Width</b>: the most common field count W among the sample rows.</li>
 *   <li><b>Preamble</b> ({@code skipLines}): the lines before the first row that has at least W fields (or W-1 when the
 *       W-field rows end in a trailing delimiter), unless a quarter or more of the rows after it are that narrow too (then
 *       the file is ragged and nothing is skipped); comment lines ({@code # ...}) are skipped wherever they are.</li>
 *   <li><b>Header</b>: absent when the first row is narrower than W; otherwise present unless it looks like data: per column whose data is mostly numbers or dates,
 *       a first-row cell of the same kind votes against, a cell of another kind votes for; no votes means present.</li>
 *   <li><b>Trailing delimiter</b>: lines end with a delimiter by convention when the header ends with an empty name
 *       and most data rows end with an empty field, or the header has one field less than data rows that end with an
 *       empty field, or the header alone has one extra empty field; without a header, when 90% of rows end empty.</li>
 *   <li><b>Padding</b>: short rows are the file's convention (padded with nulls) when at least 3 sample data rows,
 *       and at least 10% of them, have fewer fields than the header; otherwise short rows are rejected.</li>
 * </ul>
 */
final class TableLayout {
    static final double PAD_SHARE = 0.10;
    static final int PAD_MIN_ROWS = 3;
    /** Share of narrower rows after a would-be preamble that makes the file ragged rather than prefixed. */
    static final double RAGGED_SHARE = 0.25;

    private TableLayout() {
    }

    static CsvDialect of(SampleTable t, CsvSource options) {
        int n = t.rows.size();
        int width = mostCommonWidth(t);
        boolean dataEndsEmpty = mostEndEmpty(t, width, 0, n);
        int start = 0;
        if (options.skipLines().isEmpty()) {
            while (start < n && isPreamble(t, start, width, dataEndsEmpty)) {
                start++;
            }
            if (start == n || shareNarrower(t, start, width) >= RAGGED_SHARE) {
                // rows as narrow as the "preamble" keep coming: the file is ragged, not prefixed
                start = 0;
            }
        }
        int skip = options.skipLines().orElse(start < n ? (int) (t.lines.get(start) - 1) : 0);
        if (options.skipLines().isPresent()) {
            while (start < n && t.lines.get(start) <= skip) {
                start++;
            }
        }
        int first = start;
        boolean narrowFirst = start < n && t.rows.get(start).length < width && !(dataEndsEmpty && t.rows.get(start).length == width - 1);
        boolean header = options.header().orElseGet(() -> !narrowFirst && looksLikeHeader(t, first));
        int columns;
        boolean trailing;
        if (start >= n) {
            columns = Math.max(1, width);
            trailing = false;
        } else if (header) {
            String[] h = t.rows.get(start);
            boolean headerEndsEmpty = h.length > 1 && t.bareEmptyLast.get(start);
            boolean restEndEmpty = mostEndEmpty(t, width, start + 1, n);
            trailing = headerEndsEmpty && (h.length == width + 1 || h.length == width && restEndEmpty)
                    || h.length == width - 1 && restEndEmpty;
            columns = headerEndsEmpty && trailing ? h.length - 1 : h.length;
        } else {
            trailing = dataEndsEmpty && width > 1;
            columns = trailing ? width - 1 : width;
        }
        boolean pad = shortRowsAreConvention(t, header ? start + 1 : start, columns);
        return new CsvDialect(t.syntax, header, skip, Math.max(1, columns), trailing, pad,
                t.commentLines > 0);
    }

    private static boolean isPreamble(SampleTable t, int i, int width, boolean dataEndsEmpty) {
        String[] row = t.rows.get(i);
        if (row.length >= width) {
            return false;
        }
        return !(dataEndsEmpty && row.length == width - 1);
    }

    static int mostCommonWidth(SampleTable t) {
        Map<Integer, Integer> byWidth = new HashMap<>();
        for (String[] row : t.rows) {
            byWidth.merge(row.length, 1, Integer::sum);
        }
        int best = 1;
        int bestCount = 0;
        for (Map.Entry<Integer, Integer> e : byWidth.entrySet()) {
            if (e.getValue() > bestCount || e.getValue() == bestCount && e.getKey() > best) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    /** Whether at least 90% of the rows of this width in [from, to) end with an empty unquoted field. */
    private static boolean mostEndEmpty(SampleTable t, int width, int from, int to) {
        int rows = 0;
        int empty = 0;
        for (int i = from; i < to; i++) {
            if (t.rows.get(i).length == width) {
                rows++;
                if (t.bareEmptyLast.get(i)) {
                    empty++;
                }
            }
        }
        return rows > 0 && empty >= 0.9 * rows;
    }

    private static boolean looksLikeHeader(SampleTable t, int start) {
        int n = t.rows.size();
        if (start >= n - 1) {
            return true;
        }
        String[] first = t.rows.get(start);
        int votes = 0;
        for (int c = 0; c < first.length; c++) {
            int numeric = 0;
            int dates = 0;
            int filled = 0;
            for (int r = start + 1; r < n && r < start + 200; r++) {
                String[] row = t.rows.get(r);
                if (c >= row.length || row[c].isBlank()) {
                    continue;
                }
                filled++;
                String v = row[c].strip();
                if (CellTypes.isNumber(v)) {
                    numeric++;
                } else if (CellTypes.isDateTime(v)) {
                    dates++;
                }
            }
            String h = first[c].strip();
            if (filled == 0 || h.isEmpty()) {
                continue;
            }
            boolean hNumeric = CellTypes.isNumber(h);
            boolean hDate = !hNumeric && CellTypes.isDateTime(h);
            if (numeric >= 0.9 * filled) {
                votes += hNumeric ? -1 : 1;
            } else if (dates >= 0.9 * filled) {
                votes += hDate ? -1 : 1;
            } else if (hNumeric || hDate) {
                votes--;
            }
        }
        return votes >= 0;
    }

    private static double shareNarrower(SampleTable t, int from, int width) {
        long narrower = t.rows.subList(from, t.rows.size()).stream().filter(r -> r.length < width).count();
        return narrower / (double) Math.max(1, t.rows.size() - from);
    }

    private static boolean shortRowsAreConvention(SampleTable t, int from, int columns) {
        int rows = 0;
        int shorter = 0;
        for (int i = from; i < t.rows.size(); i++) {
            rows++;
            if (t.rows.get(i).length < columns) {
                shorter++;
            }
        }
        return shorter >= PAD_MIN_ROWS && shorter >= PAD_SHARE * rows;
    }
}
