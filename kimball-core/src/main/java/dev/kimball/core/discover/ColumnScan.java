package dev.kimball.core.discover;

import dev.kimball.api.InferredType;
import dev.kimball.api.TableRef;
import dev.kimball.spi.Dialect;
import dev.kimball.spi.Warehouse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Exact column statistics and full-column conformance of a table from ONE aggregation: the table is scanned once into
 * (column, distinct value, count) ({@link ProfileSql#valueCounts}), and every check (null tokens, the type's format,
 * the dominant shape) runs once per distinct value instead of once per row. Gives the same numbers as the
 * aggregate query of {@link TableProfiler#profile} plus {@link ConformanceCheck#check}, at the cost of one group-by
 * (most columns repeat their values; a unique column costs as much as before).
 */
final class ColumnScan {
    private static final String A = TableProfiler.A;

    /** Per column: the statistics part of a {@link ColumnProfile} (without top values) and the conformance counts. */
    record Result(long rows, List<long[]> stats, List<ColumnConformance> conformance) {
    }

    private ColumnScan() {
    }

    /**
     * @param types the types to check, one per column, in column order
     * @return stats per column as {@code {nulls, blanks, distinct, minLength, maxLength}} and the conformance
     */
    static Result scan(Warehouse warehouse, ConformanceCheck check, TableRef table, List<String> columns, List<InferredType> types) {
        Dialect d = warehouse.dialect();
        ProfileSql sql = ProfileSql.of(warehouse);
        String v = A + "v", n = A + "n", i = A + "i";
        // each distinct value gets a class, computed once as a group key (referenced from several aggregates, a flag
        // would be evaluated once per reference): 0 absent, else 1 + (conforming ? 1 : 0) + (in the dominant shape ? 2 : 0)
        StringBuilder cls = new StringBuilder("CASE ").append(i);
        for (int c = 0; c < types.size(); c++) {
            InferredType t = types.get(c);
            cls.append(" WHEN ").append(c).append(" THEN CASE WHEN ").append(check.isNull(d, sql, t, v)).append(" THEN 0 ELSE 1 + (CASE WHEN ")
                    .append(d.conforms(v, t)).append(" THEN 1 ELSE 0 END) + (CASE WHEN ").append(ConformanceCheck.shaped(d, sql, t, v))
                    .append(" THEN 2 ELSE 0 END) END");
        }
        cls.append(" END");
        String k = A + "k";
        String q = "SELECT " + i + " AS " + A + "col, " + k + " AS " + A + "cls, sum(" + n + ") AS " + A + "rows"
                + ", sum(CASE WHEN " + v + " IS NULL THEN " + n + " ELSE 0 END) AS " + A + "sqlnull"
                + ", sum(CASE WHEN " + v + " IS NOT NULL AND " + sql.trim(v) + " = '' THEN " + n + " ELSE 0 END) AS " + A + "b"
                + ", count(" + v + ") AS " + A + "d"
                + ", min(" + sql.length(v) + ") AS " + A + "lo, max(" + sql.length(v) + ") AS " + A + "hi"
                + ", min(" + v + ") AS " + A + "vlo, max(" + v + ") AS " + A + "vhi"
                + " FROM (SELECT " + i + ", " + v + ", " + n + ", " + cls + " AS " + k + " FROM ("
                + sql.valueCounts(d, d.table(table), columns) + ") AS " + A + "g) AS " + A + "c GROUP BY " + i + ", " + k;
        long[][] per = new long[types.size()][9]; // rows, sqlnull, blanks, distinct, lo, hi, absent, ok, shaped
        String[][] bad = new String[types.size()][2];
        for (long[] p : per) {
            p[4] = Long.MAX_VALUE;
        }
        for (Map<String, Object> r : warehouse.query(q)) {
            int c = (int) TableProfiler.num(r.get(A + "col"));
            int kind = (int) TableProfiler.num(r.get(A + "cls"));
            long rowsOfClass = TableProfiler.num(r.get(A + "rows"));
            long[] p = per[c];
            p[0] += rowsOfClass;
            p[1] += TableProfiler.num(r.get(A + "sqlnull"));
            p[2] += TableProfiler.num(r.get(A + "b"));
            p[3] += TableProfiler.num(r.get(A + "d"));
            if (r.get(A + "lo") != null) {
                p[4] = Math.min(p[4], TableProfiler.num(r.get(A + "lo")));
                p[5] = Math.max(p[5], TableProfiler.num(r.get(A + "hi")));
            }
            if (kind == 0) {
                p[6] += rowsOfClass;
                continue;
            }
            boolean conforming = (kind - 1) % 2 == 1, shaped = kind >= 3;
            if (conforming) {
                p[7] += rowsOfClass;
            } else {
                String lo = (String) r.get(A + "vlo"), hi = (String) r.get(A + "vhi");
                bad[c][0] = bad[c][0] == null || lo.compareTo(bad[c][0]) < 0 ? lo : bad[c][0];
                bad[c][1] = bad[c][1] == null || hi.compareTo(bad[c][1]) > 0 ? hi : bad[c][1];
            }
            if (shaped) {
                p[8] += rowsOfClass;
            }
        }
        long rows = per.length == 0 ? 0 : per[0][0];
        List<long[]> stats = new ArrayList<>();
        List<ColumnConformance> conformance = new ArrayList<>();
        for (int c = 0; c < types.size(); c++) {
            long[] p = per[c];
            stats.add(new long[] {p[1], p[2], p[3], p[4] == Long.MAX_VALUE ? 0 : p[4], p[5]});
            InferredType t = types.get(c);
            List<String> examples = new ArrayList<>();
            for (String e : bad[c]) {
                if (e != null && !examples.contains(e)) {
                    examples.add(e);
                }
            }
            InferredType revalidated = check.inference().revalidate(t, p[6], rows - p[6], p[7], examples);
            conformance.add(new ColumnConformance(t.column(), t, p[6], rows - p[6], p[7], examples, revalidated, p[8]));
        }
        return new Result(rows, stats, conformance);
    }
}
