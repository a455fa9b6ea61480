package dev.kimball.core.discover;

import dev.kimball.api.InferredType;
import dev.kimball.api.TableRef;
import dev.kimball.inference.TableInference;
import dev.kimball.inference.TypeInference;
import dev.kimball.spi.Dialect;
import dev.kimball.spi.Warehouse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Profiles a bronze table in three scans in the warehouse: one aggregate query for rows, nulls, blanks, exact
 * distinct counts and lengths of every data column, one for the top values of every column, and one sample of rows,
 * the only values that travel to the JVM, where {@link TypeInference} infers each column's type. Immutable and
 * thread-safe; the warehouse and the inference engine are shared.
 */
public final class TableProfiler {
    /** Rows brought to the JVM for inference unless configured otherwise. */
    public static final int DEFAULT_SAMPLE_ROWS = 10_000;
    /** Most frequent values kept per column unless configured otherwise. */
    public static final int DEFAULT_TOP = 10;
    private static final long SEED = 42;
    /**
     * Prefix of every output name: ClickHouse resolves a column name to a same-named alias of the query (a data column
     * {@code r} would read {@code count(*) AS r}); data columns never carry the lineage prefix.
     */
    static final String A = "_kimball_";

    private final Warehouse warehouse;
    private final TypeInference inference;
    private final int sampleRows;
    private final int top;

    /**
     * @throws IllegalArgumentException when {@code sampleRows} or {@code top} is below 1
     */
    public TableProfiler(Warehouse warehouse, TypeInference inference, int sampleRows, int top) {
        if (sampleRows < 1 || top < 1) {
            throw new IllegalArgumentException("sample rows and top values must be at least 1, not " + sampleRows + " and " + top);
        }
        this.warehouse = warehouse;
        this.inference = inference;
        this.sampleRows = sampleRows;
        this.top = top;
    }

    public TableProfiler(Warehouse warehouse, TypeInference inference) {
        this(warehouse, inference, DEFAULT_SAMPLE_ROWS, DEFAULT_TOP);
    }

    /**
     * Profiles the data columns (all but the {@code _kimball_*} lineage columns) of a bronze table.
     *
     * @throws IllegalArgumentException naming the table when it does not exist or has no data columns
     * @throws dev.kimball.api.WarehouseException when a query fails
     */
    public TableProfile profile(TableRef table) {
        List<String> columns = DataColumns.of(warehouse, table);
        Dialect d = warehouse.dialect();
        ProfileSql sql = ProfileSql.of(warehouse);
        String t = d.table(table);
        Sample sample = sample(d, sql, t, columns);
        Stats stats = stats(d, sql, t, columns, tops(d, sql, t, columns));
        return new TableProfile(table, stats.rows(), sample.rows(), stats.profiles(), sample.inferred());
    }

    /**
     * A profile and the full-column conformance of {@code typesToCheck.apply(inferred)}: a sample for inference, the
     * top values, and either one aggregation of every column's distinct values ({@link ColumnScan}) for the exact
     * statistics and conformance, or (where {@link ProfileSql#aggregatesDistinctValues} says so) the statistics query
     * and the {@link ConformanceCheck}. Same numbers as {@link #profile} followed by {@link ConformanceCheck#check}.
     *
     * @param typesToCheck maps the inferred types to the ones to check (e.g. applying a user's overrides), same order
     */
    public ProfiledTable profileAndCheck(TableRef table, ConformanceCheck check, java.util.function.UnaryOperator<List<InferredType>> typesToCheck) {
        List<String> columns = DataColumns.of(warehouse, table);
        Dialect d = warehouse.dialect();
        ProfileSql sql = ProfileSql.of(warehouse);
        String t = d.table(table);
        Sample sample = sample(d, sql, t, columns);
        List<InferredType> checked = List.copyOf(typesToCheck.apply(sample.inferred()));
        List<List<ValueCount>> tops = tops(d, sql, t, columns);
        if (!sql.aggregatesDistinctValues()) {
            Stats stats = stats(d, sql, t, columns, tops);
            return new ProfiledTable(new TableProfile(table, stats.rows(), sample.rows(), stats.profiles(), sample.inferred()), checked,
                    check.check(table, checked));
        }
        ColumnScan.Result scan = ColumnScan.scan(warehouse, check, table, columns, checked);
        List<ColumnProfile> profiles = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            long[] st = scan.stats().get(i);
            profiles.add(new ColumnProfile(columns.get(i), scan.rows(), st[0], st[1], st[2], st[3], st[4], tops.get(i)));
        }
        return new ProfiledTable(new TableProfile(table, scan.rows(), sample.rows(), profiles, sample.inferred()), checked, scan.conformance());
    }

    private record Sample(int rows, List<InferredType> inferred) {
    }

    private record Stats(long rows, List<ColumnProfile> profiles) {
    }

    /** The seeded sample, inferred in the JVM: the only rows that leave the warehouse. */
    private Sample sample(Dialect d, ProfileSql sql, String table, List<String> columns) {
        TableInference ti = inference.startTable(columns);
        int sampled = 0;
        for (Map<String, Object> row : warehouse.query(sql.sample(d, table, columns, sampleRows, SEED))) {
            String[] values = new String[columns.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = (String) row.get(columns.get(i));
            }
            ti.accept(values);
            sampled++;
        }
        return new Sample(sampled, ti.results());
    }

    /** Exact statistics of every column in one aggregate query. */
    private Stats stats(Dialect d, ProfileSql sql, String table, List<String> columns, List<List<ValueCount>> tops) {
        Map<String, Object> stats = warehouse.query(statsQuery(d, sql, table, columns)).get(0);
        long rows = num(stats.get(A + "r"));
        List<ColumnProfile> profiles = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            profiles.add(new ColumnProfile(columns.get(i), rows, rows - num(stats.get(A + "nn" + i)), num(stats.get(A + "b" + i)),
                    num(stats.get(A + "d" + i)), num(stats.get(A + "lo" + i)), num(stats.get(A + "hi" + i)), tops.get(i)));
        }
        return new Stats(rows, profiles);
    }

    /**
     * A table's profile with the conformance of the checked types.
     *
     * @param profile     statistics and the inferred types
     * @param checked     the types that were checked (inferred, or overridden)
     * @param conformance their full-column conformance, in column order
     */
    public record ProfiledTable(TableProfile profile, List<InferredType> checked, List<ColumnConformance> conformance) {
    }

    private List<List<ValueCount>> tops(Dialect d, ProfileSql sql, String table, List<String> columns) {
        List<List<ValueCount>> tops = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            tops.add(new ArrayList<>());
        }
        for (Map<String, Object> row : warehouse.query(sql.topValues(d, table, columns, top))) {
            tops.get((int) num(row.get(A + "i"))).add(new ValueCount((String) row.get(A + "v"), num(row.get(A + "n"))));
        }
        return tops;
    }

    private static String statsQuery(Dialect d, ProfileSql sql, String table, List<String> columns) {
        StringBuilder b = new StringBuilder("SELECT count(*) AS " + A + "r");
        for (int i = 0; i < columns.size(); i++) {
            String c = d.quote(columns.get(i));
            b.append(", count(").append(c).append(") AS " + A + "nn").append(i)
                    .append(", ").append(sql.countIf(sql.trim(c) + " = ''")).append(" AS " + A + "b").append(i)
                    .append(", ").append(sql.countDistinct(c)).append(" AS " + A + "d").append(i)
                    .append(", coalesce(min(").append(sql.length(c)).append("), 0) AS " + A + "lo").append(i)
                    .append(", coalesce(max(").append(sql.length(c)).append("), 0) AS " + A + "hi").append(i);
        }
        return b.append(" FROM ").append(table).toString();
    }

    static long num(Object v) {
        return v == null ? 0 : ((Number) v).longValue();
    }
}
