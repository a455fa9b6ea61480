package dev.kimball.connector.parquet;

import org.apache.parquet.io.api.Converter;
import org.apache.parquet.schema.Type;

/**
 * A top-level column that is a group or a repeated field: its value is JSON text, {@code null} when an optional
 * group is missing and {@code []} when a repeated field has no values.
 */
final class NestedColumn implements JsonParent {
    private final RowConverter row;
    private final int slot;
    private final boolean repeated;
    private final JsonOut out = new JsonOut();
    private final Converter converter;
    private boolean started;

    NestedColumn(Type field, RowConverter row, int slot, RowProblem problem) {
        this.row = row;
        this.slot = slot;
        this.repeated = field.isRepetition(Type.Repetition.REPEATED);
        this.converter = NestedConverters.create(field, field.getName(), problem, this, 0, out);
    }

    Converter converter() {
        return converter;
    }

    void reset() {
        started = false;
    }

    @Override
    public void beforeChild(int index) {
        if (!started) {
            started = true;
            out.begin();
            if (repeated) {
                out.startArray();
            }
        }
    }

    void finish() {
        if (started) {
            if (repeated) {
                out.endArray();
            }
            row.set(slot, out.finish());
        } else if (repeated) {
            row.set(slot, "[]");
        }
    }
}
