package dev.kimball.core.discover;

import dev.kimball.api.InferredType;
import dev.kimball.api.TableRef;
import dev.kimball.spi.Dialect;
import dev.kimball.spi.Warehouse;
import java.util.ArrayList;
import java.util.HashMap;
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
        StringBuilder isNull = new StringBuilder("CASE ").append(i), ok = new StringBuilder("CASE ").append(i),
                shaped = new StringBuilder("CASE ").append(i);
        for (int c = 0; c < types.size(); c++) {
            InferredType t = types.get(c);
            isNull.append(" WHEN ").append(c).append(" THEN ").append(check.isNull(d, sql, t, v));
            ok.append(" WHEN ").append(c).append(" THEN ").append(d.conforms(v, t));
            shaped.append(" WHEN ").append(c).append(" THEN ").append(ConformanceCheck.shaped(d, sql, t, v));
        }
        // inner flag names differ from the outer aliases: ClickHouse would resolve a flag to a same-named aggregate
        String flags = "SELECT " + i + ", " + v + ", " + n + ", " + isNull + " END AS " + A + "fz, " + ok + " END AS " + A + "fok, " + shaped
                + " END AS " + A + "fsh FROM (" + sql.valueCounts(d, d.table(table), columns) + ") AS " + A + "g";
        String present = v + " IS NOT NULL";
        String bad = "(NOT " + A + "fz AND NOT " + A + "fok)";
        String q = "SELECT " + i + " AS " + A + "col, sum(" + n + ") AS " + A + "rows"
                + ", sum(CASE WHEN " + present + " THEN " + n + " ELSE 0 END) AS " + A + "nn"
                + ", sum(CASE WHEN " + present + " AND " + sql.trim(v) + " = '' THEN " + n + " ELSE 0 END) AS " + A + "b"
                + ", sum(CASE WHEN " + present + " THEN 1 ELSE 0 END) AS " + A + "d"
                + ", coalesce(min(" + sql.length(v) + "), 0) AS " + A + "lo"
                + ", coalesce(max(" + sql.length(v) + "), 0) AS " + A + "hi"
                + ", sum(CASE WHEN " + A + "fz THEN " + n + " ELSE 0 END) AS " + A + "z"
                + ", sum(CASE WHEN NOT " + A + "fz AND " + A + "fok THEN " + n + " ELSE 0 END) AS " + A + "ok"
                + ", sum(CASE WHEN NOT " + A + "fz AND " + A + "fsh THEN " + n + " ELSE 0 END) AS " + A + "sh"
                + ", min(CASE WHEN " + bad + " THEN " + v + " END) AS " + A + "xlo"
                + ", max(CASE WHEN " + bad + " THEN " + v + " END) AS " + A + "xhi"
                + " FROM (" + flags + ") AS " + A + "flags GROUP BY " + i;
        Map<Integer, Map<String, Object>> byColumn = new HashMap<>();
        for (Map<String, Object> r : warehouse.query(q)) {
            byColumn.put((int) TableProfiler.num(r.get(A + "col")), r);
        }
        long rows = byColumn.isEmpty() ? 0 : TableProfiler.num(byColumn.get(0).get(A + "rows"));
        List<long[]> stats = new ArrayList<>();
        List<ColumnConformance> conformance = new ArrayList<>();
        for (int c = 0; c < types.size(); c++) {
            Map<String, Object> r = byColumn.getOrDefault(c, Map.of());
            long nonNullSql = TableProfiler.num(r.get(A + "nn"));
            stats.add(new long[] {rows - nonNullSql, TableProfiler.num(r.get(A + "b")), TableProfiler.num(r.get(A + "d")),
                TableProfiler.num(r.get(A + "lo")), TableProfiler.num(r.get(A + "hi"))});
            InferredType t = types.get(c);
            long nulls = TableProfiler.num(r.get(A + "z"));
            long conforming = TableProfiler.num(r.get(A + "ok"));
            List<String> examples = new ArrayList<>();
            for (Object e : new Object[] {r.get(A + "xlo"), r.get(A + "xhi")}) {
                if (e != null && !examples.contains((String) e)) {
                    examples.add((String) e);
                }
            }
            InferredType revalidated = check.inference().revalidate(t, nulls, rows - nulls, conforming, examples);
            conformance.add(new ColumnConformance(t.column(), t, nulls, rows - nulls, conforming, examples, revalidated,
                    TableProfiler.num(r.get(A + "sh"))));
        }
        return new Result(rows, stats, conformance);
    }
}
