package dev.kimball.core.discover;

import java.util.List;
import java.util.Objects;

/**
 * What one scan of the warehouse says about a bronze column (all counts exact).
 *
 * @param column    the column name
 * @param rows      rows of the table
 * @param nulls     SQL NULLs (a field missing from the source)
 * @param blanks    non-null values that are empty or only spaces
 * @param distinct  distinct non-null values, exact ({@code count(DISTINCT)} on DuckDB, {@code uniqExact} on ClickHouse)
 * @param minLength shortest non-null value in characters, 0 when there is none
 * @param maxLength longest non-null value in characters, 0 when there is none
 * @param top       the most frequent non-null values, most frequent first, ties by value
 */
public record ColumnProfile(String column, long rows, long nulls, long blanks, long distinct, long minLength,
                            long maxLength, List<ValueCount> top) {
    public ColumnProfile {
        Objects.requireNonNull(column, "column");
        top = List.copyOf(top);
        if (nulls + blanks > rows || distinct > rows - nulls || minLength > maxLength) {
            throw new IllegalArgumentException("profile of column " + column + " does not reconcile: rows=" + rows
                    + " nulls=" + nulls + " blanks=" + blanks + " distinct=" + distinct + " length " + minLength
                    + ".." + maxLength);
        }
    }
}
