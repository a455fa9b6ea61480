package dev.kimball.core.discover;

import dev.kimball.core.bronze.BronzeTables;
import dev.kimball.spi.Dialect;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * ClickHouse profiling: exact {@code uniqExact} (rather than the HyperLogLog {@code uniq}: profiles are read by
 * people who compare them with row counts); exact top values in one scan with {@code ARRAY JOIN} over all columns
 * and {@code LIMIT k BY} (not {@code topK}, which is approximate and has no counts); the sample is the rows with the
 * smallest {@code cityHash64} of their lineage key and the seed, repeatable where {@code ORDER BY rand()} is not.
 */
final class ClickHouseProfileSql implements ProfileSql {
    @Override
    public String length(String value) {
        return "lengthUTF8(" + value + ")";
    }

    @Override
    public String countDistinct(String value) {
        return "uniqExact(" + value + ")";
    }

    @Override
    public String fullMatch(String value, String regexLiteral) {
        return "match(" + value + ", " + regexLiteral + ")";
    }

    @Override
    public String distinctCombinations(String table, List<List<String>> combinations) {
        // a tuple, not uniqExact(a, b): a tuple is never NULL, so no row is skipped
        return IntStream.range(0, combinations.size()).mapToObj(i -> "SELECT toInt32(" + i + ") AS _kimball_i,"
                + " toInt64(uniqExact(tuple(" + String.join(", ", combinations.get(i)) + "))) AS _kimball_n FROM " + table)
                .collect(Collectors.joining(" UNION ALL "));
    }

    @Override
    public String tupleKey(List<String> values) {
        return values.size() == 1 ? values.get(0) : "concat(" + String.join(", char(31), ", values) + ")";
    }

    @Override
    public String trim(String value) {
        return "trimBoth(" + value + ")";
    }

    @Override
    public String topValues(Dialect d, String table, List<String> columns, int k) {
        String idx = ProfileSql.indexList(columns);
        String vals = ProfileSql.valueList(d, columns);
        return "SELECT _kimball_i, _kimball_v, toInt64(count()) AS _kimball_n FROM " + table
                + " ARRAY JOIN " + idx + " AS _kimball_i, " + vals + " AS _kimball_v"
                + " WHERE _kimball_v IS NOT NULL GROUP BY _kimball_i, _kimball_v"
                + " ORDER BY _kimball_i, _kimball_n DESC, _kimball_v LIMIT " + k + " BY _kimball_i";
    }

    @Override
    public boolean aggregatesDistinctValues() {
        return false;
    }

    @Override
    public String valueCounts(Dialect d, String table, List<String> columns) {
        String idx = ProfileSql.indexList(columns);
        String vals = ProfileSql.valueList(d, columns);
        return "SELECT _kimball_i, _kimball_v, toInt64(count()) AS _kimball_n FROM " + table + " ARRAY JOIN " + idx + " AS _kimball_i, "
                + vals + " AS _kimball_v GROUP BY _kimball_i, _kimball_v";
    }

    @Override
    public String sample(Dialect d, String table, List<String> columns, int n, long seed) {
        return "SELECT " + columns.stream().map(d::quote).collect(Collectors.joining(", ")) + " FROM " + table
                + " ORDER BY cityHash64(" + d.quote(BronzeTables.SOURCE) + ", " + d.quote(BronzeTables.ROW) + ", "
                + seed + ") LIMIT " + n;
    }
}
