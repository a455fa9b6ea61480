package dev.kimball.inference;

import dev.kimball.api.InferredType;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming inference over the rows of a table (e.g. a CSV file): one {@link ColumnInference} per header entry.
 * A row shorter than the header has nulls in the missing columns; extra values are ignored. Not thread-safe.
 */
public final class TableInference {
    private final List<ColumnInference> columns = new ArrayList<>();

    TableInference(TypeInference engine, List<String> header) {
        for (String h : header) {
            columns.add(engine.start(h == null ? "" : h));
        }
    }

    /** Offers one row. */
    public void accept(String[] row) {
        for (int i = 0; i < columns.size(); i++) {
            columns.get(i).accept(i < row.length ? row[i] : null);
        }
    }

    /** One result per column, in header order. */
    public List<InferredType> results() {
        List<InferredType> out = new ArrayList<>(columns.size());
        for (ColumnInference c : columns) {
            out.add(c.result());
        }
        return out;
    }
}
