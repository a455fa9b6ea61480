package dev.kimball.core.discover;

import dev.kimball.api.InferredType;
import dev.kimball.inference.TypeInference;
import dev.kimball.spi.Dialect;
import dev.kimball.spi.Warehouse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Validates inferred types on the full columns in one scan of the warehouse: per column it counts nulls (SQL NULL,
 * blanks, the inference engine's null tokens ignoring case, and the column's missing codes), the other values, and
 * those that conform ({@link Dialect#conforms}), then hands the counts to {@link TypeInference#revalidate}, so the
 * confidence and the type reflect every row, not the sample. Immutable and thread-safe.
 */
public final class ConformanceCheck {
    private final Warehouse warehouse;
    private final TypeInference inference;

    public ConformanceCheck(Warehouse warehouse, TypeInference inference) {
        this.warehouse = warehouse;
        this.inference = inference;
    }

    /**
     * Counts conformance for every column of a profile.
     *
     * @throws IllegalArgumentException when a column's format cannot be rendered (e.g. a DATE without a pattern)
     * @throws UnsupportedOperationException when the warehouse's dialect cannot check conformance
     * @throws dev.kimball.api.WarehouseException when the query fails
     */
    public List<ColumnConformance> check(TableProfile profile) {
        return check(profile.table(), profile.inferred());
    }

    /**
     * Counts conformance of a table's columns to the given types (e.g. a user's override instead of the inferred
     * type); throws as {@link #check(TableProfile)}.
     */
    public List<ColumnConformance> check(dev.kimball.api.TableRef table, List<InferredType> types) {
        Dialect d = warehouse.dialect();
        ProfileSql sql = ProfileSql.of(warehouse);
        // the inner query evaluates each column's checks once per row; the outer one only aggregates the flags
        String p = TableProfiler.A;
        StringBuilder inner = new StringBuilder("SELECT 1 AS ").append(p).append("one");
        StringBuilder b = new StringBuilder("SELECT count(*) AS " + p + "r");
        for (int i = 0; i < types.size(); i++) {
            InferredType t = types.get(i);
            String c = d.quote(t.column());
            String trimmed = sql.trim(c);
            String isNull = isNull(d, sql, t, c);
            // inner names differ from the outer aliases: ClickHouse would resolve a flag to the same-named aggregate
            String value = p + "value" + i, isNullFlag = p + "isnull" + i, okFlag = p + "conforms" + i, shapeFlag = p + "shaped" + i;
            // the dominant shape is only counted where it measures consistency (QualityScores.consistency)
            String shaped = shaped(d, sql, t, c);
            inner.append(", ").append(c).append(" AS ").append(value)
                    .append(", ").append(isNull).append(" AS ").append(isNullFlag)
                    .append(", ").append(d.conforms(c, t)).append(" AS ").append(okFlag)
                    .append(", ").append(shaped).append(" AS ").append(shapeFlag);
            String bad = "(NOT " + isNullFlag + " AND NOT " + okFlag + ")";
            b.append(", ").append(sql.countIf(isNullFlag)).append(" AS ").append(p).append('z').append(i)
                    .append(", ").append(sql.countIf("NOT " + isNullFlag + " AND " + okFlag)).append(" AS ").append(p).append("ok").append(i)
                    .append(", ").append(sql.countIf("NOT " + isNullFlag + " AND " + shapeFlag)).append(" AS ").append(p).append("sh").append(i)
                    .append(", min(CASE WHEN ").append(bad).append(" THEN ").append(value).append(" END) AS ").append(p).append("lo").append(i)
                    .append(", max(CASE WHEN ").append(bad).append(" THEN ").append(value).append(" END) AS ").append(p).append("hi").append(i);
        }
        b.append(" FROM (").append(inner).append(" FROM ").append(d.table(table)).append(") AS ").append(p).append("flags");
        Map<String, Object> row = warehouse.query(b.toString()).get(0);
        long rows = TableProfiler.num(row.get(TableProfiler.A + "r"));
        List<ColumnConformance> out = new ArrayList<>(types.size());
        for (int i = 0; i < types.size(); i++) {
            InferredType t = types.get(i);
            long nulls = TableProfiler.num(row.get(TableProfiler.A + "z" + i));
            long ok = TableProfiler.num(row.get(TableProfiler.A + "ok" + i));
            List<String> examples = new ArrayList<>();
            for (Object e : new Object[] {row.get(TableProfiler.A + "lo" + i), row.get(TableProfiler.A + "hi" + i)}) {
                if (e != null && !examples.contains((String) e)) {
                    examples.add((String) e);
                }
            }
            InferredType revalidated = inference.revalidate(t, nulls, rows - nulls, ok, examples);
            long shaped = TableProfiler.num(row.get(TableProfiler.A + "sh" + i));
            out.add(new ColumnConformance(t.column(), t, nulls, rows - nulls, ok, examples, revalidated, shaped));
        }
        return out;
    }

    /** Whether a value counts as absent: SQL NULL, blank, a null token (any case) or one of the column's missing codes. */
    String isNull(Dialect d, ProfileSql sql, InferredType t, String value) {
        String trimmed = sql.trim(value);
        return "(" + value + " IS NULL OR lower(" + trimmed + ") IN (" + nullTokens(d) + ")"
                + (t.missingCodes().isEmpty() ? "" : " OR " + trimmed + " IN (" + list(d, t.missingCodes()) + ")") + ")";
    }

    /** Whether a value has the column's dominant shape, where that shape measures consistency; else false. */
    static String shaped(Dialect d, ProfileSql sql, InferredType t, String value) {
        boolean counted = !t.valueShape().isEmpty() && QualityScores.shapeMeasured(t);
        return !counted ? "false" : "coalesce(" + sql.fullMatch(sql.trim(value), d.literal(ShapeRegex.of(t.valueShape()))) + ", false)";
    }

    /** The inference engine this check revalidates with. */
    TypeInference inference() {
        return inference;
    }

    private String nullTokens(Dialect d) {
        List<String> tokens = new ArrayList<>();
        tokens.add("");
        for (String t : inference.nullTokens().tokens()) {
            String s = t.strip().toLowerCase(Locale.ROOT);
            if (!tokens.contains(s)) {
                tokens.add(s);
            }
        }
        return list(d, tokens);
    }

    private static String list(Dialect d, List<String> values) {
        return String.join(", ", values.stream().map(d::literal).toList());
    }
}
