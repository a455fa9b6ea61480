package dev.kimball.core.discover;

import dev.kimball.api.InferredType;
import dev.kimball.api.TableRef;
import java.util.List;
import java.util.Objects;

/**
 * A bronze table's profile: exact per-column statistics from the warehouse, and each column's type inferred from a
 * sample of rows (counts in {@link InferredType} refer to that sample until {@link ConformanceCheck} revalidates it).
 *
 * @param table      the bronze table
 * @param rows       rows of the table
 * @param sampleRows rows that were brought to the JVM for inference
 * @param columns    one profile per data column, in table order
 * @param inferred   one inferred type per data column, in table order
 */
public record TableProfile(TableRef table, long rows, int sampleRows, List<ColumnProfile> columns,
                           List<InferredType> inferred) {
    public TableProfile {
        Objects.requireNonNull(table, "table");
        columns = List.copyOf(columns);
        inferred = List.copyOf(inferred);
        if (columns.size() != inferred.size()) {
            throw new IllegalArgumentException("table " + table + ": " + columns.size() + " profiles but "
                    + inferred.size() + " inferred types");
        }
    }

    /**
     * The profile of a column.
     *
     * @throws IllegalArgumentException naming the column and the table's columns when it is not one of them
     */
    public ColumnProfile column(String name) {
        return columns.get(indexOf(name));
    }

    /** The inferred type of a column; throws as {@link #column(String)}. */
    public InferredType type(String name) {
        return inferred.get(indexOf(name));
    }

    private int indexOf(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).column().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("table " + table + " has no column '" + name + "'; columns: "
                + columns.stream().map(ColumnProfile::column).toList());
    }
}
