package dev.kimball.core.discover;

import dev.kimball.api.InferredType;
import java.util.List;
import java.util.Objects;

/**
 * Full-column conformance of one column, counted in the warehouse, and the type re-decided on those counts.
 *
 * @param column        the column name
 * @param checked       the type and format that was checked (from the sample)
 * @param nulls         SQL NULLs, blanks, null tokens and the column's missing codes
 * @param nonNull       the other values
 * @param conforming    non-null values spelled as {@code checked}
 * @param examples      up to two non-conforming values (the smallest and the largest)
 * @param revalidated   the result of {@code TypeInference.revalidate} on these counts
 * @param shaped        non-null values written in the checked type's dominant value shape
 */
public record ColumnConformance(String column, InferredType checked, long nulls, long nonNull, long conforming,
                                List<String> examples, InferredType revalidated, long shaped) {
    public ColumnConformance {
        Objects.requireNonNull(column, "column");
        examples = List.copyOf(examples);
    }

    /** Non-null values not spelled as the checked type. */
    public long nonConforming() {
        return nonNull - conforming;
    }
}
