package dev.kimball.core.discover;

import dev.kimball.api.catalog.Cardinality;
import java.util.List;
import java.util.Objects;

/** A chosen relationship by bronze names, as stored in {@code metadata.relationships}. */
record RelationshipRow(String fromTable, List<String> fromColumns, String toTable, List<String> toColumns,
                       Cardinality cardinality, double coverage, double confidence, boolean declared, String reason) {
    RelationshipRow {
        Objects.requireNonNull(fromTable, "fromTable");
        Objects.requireNonNull(toTable, "toTable");
        fromColumns = List.copyOf(fromColumns);
        toColumns = List.copyOf(toColumns);
    }

    String key() {
        return fromTable + "\u0000" + String.join(",", fromColumns) + "\u0000" + toTable + "\u0000" + String.join(",", toColumns);
    }
}
