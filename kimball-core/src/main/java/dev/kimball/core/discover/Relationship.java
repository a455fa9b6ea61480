package dev.kimball.core.discover;

import dev.kimball.api.TableRef;
import java.util.List;
import java.util.Objects;

/**
 * A join relationship: the {@code fromColumns} of a child table reference a key of a parent table.
 *
 * @param fromTable   the child (referencing) table
 * @param fromColumns the child columns, in the order of {@code toColumns}
 * @param toTable     the parent (referenced) table
 * @param toColumns   a candidate key of the parent
 * @param cardinality {@link Cardinality#ONE_TO_ONE} when the child columns are unique as well, else many-to-one
 * @param coverage    in [0, 1]: the share of the child's distinct non-null values (trimmed) found in the parent key,
 *                    computed in the warehouse; below 1 when there are orphans
 * @param confidence  in [0, 1]: name similarity, coverage, how telling the values are, and a declared prior combined
 * @param declared    whether the source declared this foreign key ({@link KeyHints})
 * @param reason      a human explanation of the evidence
 */
public record Relationship(TableRef fromTable, List<String> fromColumns, TableRef toTable, List<String> toColumns,
                           Cardinality cardinality, double coverage, double confidence, boolean declared,
                           String reason) {
    public Relationship {
        Objects.requireNonNull(fromTable, "fromTable");
        Objects.requireNonNull(toTable, "toTable");
        Objects.requireNonNull(cardinality, "cardinality");
        Objects.requireNonNull(reason, "reason");
        fromColumns = List.copyOf(fromColumns);
        toColumns = List.copyOf(toColumns);
        if (fromColumns.isEmpty() || fromColumns.size() != toColumns.size()) {
            throw new IllegalArgumentException("relationship " + fromTable + fromColumns + " -> " + toTable + toColumns
                    + " needs the same non-zero number of columns on both sides");
        }
        if (!(coverage >= 0 && coverage <= 1) || !(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("coverage and confidence must be in [0,1], not " + coverage + " and "
                    + confidence + " for " + fromTable + fromColumns + " -> " + toTable + toColumns);
        }
    }

    /** {@code child(a, b) -> parent(x, y)}. */
    public String describe() {
        return fromTable.name() + "(" + String.join(", ", fromColumns) + ") -> " + toTable.name() + "("
                + String.join(", ", toColumns) + ")";
    }
}
