package dev.kimball.connector.parquet;

import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.Type;

/**
 * A group without LIST/MAP annotation: a JSON object with every field in schema order, {@code null} for a missing
 * optional field and an array for a repeated field ({@code []} when it has no values).
 */
final class JsonStructConverter extends GroupConverter implements JsonParent {
    private final JsonParent parent;
    private final int index;
    private final JsonOut out;
    private final String[] names;
    private final boolean[] repeated;
    private final Converter[] children;
    private int next;
    private int openArray;

    JsonStructConverter(GroupType type, String path, RowProblem problem, JsonParent parent, int index, JsonOut out) {
        this.parent = parent;
        this.index = index;
        this.out = out;
        int n = type.getFieldCount();
        this.names = new String[n];
        this.repeated = new boolean[n];
        this.children = new Converter[n];
        for (int i = 0; i < n; i++) {
            Type field = type.getType(i);
            names[i] = field.getName();
            repeated[i] = field.isRepetition(Type.Repetition.REPEATED);
            children[i] = NestedConverters.create(field, path + "." + field.getName(), problem, this, i, out);
        }
    }

    @Override
    public Converter getConverter(int fieldIndex) {
        return children[fieldIndex];
    }

    @Override
    public void start() {
        parent.beforeChild(index);
        out.startObject();
        next = 0;
        openArray = -1;
    }

    @Override
    public void beforeChild(int child) {
        if (child == openArray) {
            return;
        }
        closeArray();
        fillTo(child);
        out.fieldName(names[child]);
        if (repeated[child]) {
            out.startArray();
            openArray = child;
        }
        next = child + 1;
    }

    @Override
    public void end() {
        closeArray();
        fillTo(names.length);
        out.endObject();
    }

    private void closeArray() {
        if (openArray >= 0) {
            out.endArray();
            openArray = -1;
        }
    }

    private void fillTo(int end) {
        for (int i = next; i < end; i++) {
            out.fieldName(names[i]);
            if (repeated[i]) {
                out.startArray();
                out.endArray();
            } else {
                out.nullValue();
            }
        }
        next = Math.max(next, end);
    }
}
