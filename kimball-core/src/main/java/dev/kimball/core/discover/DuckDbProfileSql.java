package dev.kimball.core.discover;

import dev.kimball.core.bronze.BronzeTables;
import dev.kimball.spi.Dialect;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * DuckDB profiling: exact {@code count(DISTINCT)} (bronze tables are profiled once per load, exactness beats the
 * speed of {@code approx_count_distinct}); exact top values by unnesting all columns in one scan and a window;
 * the sample is the rows with the smallest {@code hash} of their lineage key and the seed (the same rows whatever the
 * physical order).
 */
final class DuckDbProfileSql implements ProfileSql {
    @Override
    public String length(String value) {
        return "length(" + value + ")";
    }

    @Override
    public String countDistinct(String value) {
        return "count(DISTINCT " + value + ")";
    }

    @Override
    public String fullMatch(String value, String regexLiteral) {
        return "regexp_full_match(" + value + ", " + regexLiteral + ")";
    }

    @Override
    public String distinctCombinations(String table, List<List<String>> combinations) {
        // a DISTINCT subquery per combination is several times faster than count(DISTINCT row(a, b)) and exact
        return IntStream.range(0, combinations.size()).mapToObj(i -> "SELECT CAST(" + i + " AS INTEGER) AS _kimball_i,"
                + " count(*) AS _kimball_n FROM (SELECT DISTINCT " + String.join(", ", combinations.get(i)) + " FROM "
                + table + ") AS _kimball_d" + i).collect(Collectors.joining(" UNION ALL "));
    }

    @Override
    public String tupleKey(List<String> values) {
        return values.size() == 1 ? values.get(0) : "concat_ws(chr(31), " + String.join(", ", values) + ")";
    }

    @Override
    public String trim(String value) {
        return "trim(" + value + ")";
    }

    @Override
    public String topValues(Dialect d, String table, List<String> columns, int k) {
        String idx = ProfileSql.indexList(columns);
        String vals = ProfileSql.valueList(d, columns);
        return "SELECT _kimball_i, _kimball_v, _kimball_n FROM (SELECT _kimball_i, _kimball_v, count(*) AS _kimball_n"
                + " FROM (SELECT UNNEST(" + idx
                + ") AS _kimball_i, UNNEST(" + vals + ") AS _kimball_v FROM " + table + ") WHERE _kimball_v IS NOT NULL"
                + " GROUP BY _kimball_i, _kimball_v) "
                + "QUALIFY row_number() OVER (PARTITION BY _kimball_i ORDER BY _kimball_n DESC, _kimball_v) <= " + k
                + " ORDER BY _kimball_i, _kimball_n DESC, _kimball_v";
    }

    @Override
    public boolean aggregatesDistinctValues() {
        return true;
    }

    @Override
    public String valueCounts(Dialect d, String table, List<String> columns) {
        String idx = ProfileSql.indexList(columns);
        String vals = ProfileSql.valueList(d, columns);
        return "SELECT _kimball_i, _kimball_v, count(*) AS _kimball_n FROM (SELECT UNNEST(" + idx + ") AS _kimball_i, UNNEST(" + vals
                + ") AS _kimball_v FROM " + table + ") GROUP BY _kimball_i, _kimball_v";
    }

    @Override
    public String sample(Dialect d, String table, List<String> columns, int n, long seed) {
        // by a hash of the lineage key, as on ClickHouse: a reservoir sample follows the physical order, which a
        // parallel insert does not fix, so the same file loaded twice would give two samples
        String source = d.quote(BronzeTables.SOURCE);
        String row = d.quote(BronzeTables.ROW);
        return "SELECT " + columns.stream().map(d::quote).collect(Collectors.joining(", ")) + " FROM " + table
                + " ORDER BY hash(" + source + ", " + row + ", " + seed + "), " + source + ", " + row + " LIMIT " + n;
    }
}
