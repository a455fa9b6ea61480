package dev.kimball.api.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A join relationship: the child columns reference the parent's key. Names are the catalog's current (possibly
 * edited) names.
 *
 * @param fromTable   the child table
 * @param fromColumns the child columns, in key order
 * @param toTable     the parent table
 * @param toColumns   the parent key columns
 * @param cardinality {@code 1:1} or {@code N:1}
 * @param coverage    share of the child's distinct values found in the parent key, in [0, 1]
 * @param confidence  in [0, 1], combining coverage, names, types and declared keys
 * @param declared    whether the source declared this foreign key
 * @param reason      why it was chosen
 */
public record Relationship(String fromTable, List<String> fromColumns, String toTable, List<String> toColumns,
                           Cardinality cardinality, double coverage, double confidence, boolean declared, String reason) {
    public Relationship {
        Objects.requireNonNull(fromTable, "fromTable");
        Objects.requireNonNull(toTable, "toTable");
        Objects.requireNonNull(cardinality, "cardinality");
        Objects.requireNonNull(reason, "reason");
        fromColumns = List.copyOf(fromColumns);
        toColumns = List.copyOf(toColumns);
        if (fromColumns.isEmpty() || fromColumns.size() != toColumns.size()) {
            throw new IllegalArgumentException("relationship " + fromTable + " -> " + toTable + " needs as many child as parent columns, got "
                    + fromColumns + " and " + toColumns);
        }
        if (!(coverage >= 0 && coverage <= 1) || !(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("coverage and confidence must be in [0,1], not " + coverage + " and " + confidence);
        }
    }

    @Override
    public String toString() {
        return fromTable + fromColumns + " -> " + toTable + toColumns + " " + cardinality.label()
                + String.format(java.util.Locale.ROOT, " (coverage %.3f, confidence %.2f)", coverage, confidence);
    }
}
