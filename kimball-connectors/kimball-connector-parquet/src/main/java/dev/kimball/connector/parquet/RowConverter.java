package dev.kimball.connector.parquet;

import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

/** The root converter: one slot per top-level field; a fresh array per record because rows are handed on. */
final class RowConverter extends GroupConverter {
    private final int width;
    private final Converter[] children;
    private final NestedColumn[] nested;
    private final RowProblem problem;
    private String[] values;

    RowConverter(MessageType schema, RowProblem problem) {
        this.problem = problem;
        this.width = schema.getFieldCount();
        this.children = new Converter[width];
        List<NestedColumn> nestedColumns = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            Type field = schema.getType(i);
            if (field.isPrimitive() && !field.isRepetition(Type.Repetition.REPEATED)) {
                children[i] = new TextConverter(field.asPrimitiveType(), this, i, problem);
            } else {
                NestedColumn c = new NestedColumn(field, this, i, problem);
                nestedColumns.add(c);
                children[i] = c.converter();
            }
        }
        this.nested = nestedColumns.toArray(new NestedColumn[0]);
    }

    void set(int slot, String text) {
        values[slot] = text;
    }

    String[] values() {
        return values;
    }

    @Override
    public Converter getConverter(int fieldIndex) {
        return children[fieldIndex];
    }

    @Override
    public void start() {
        values = new String[width];
        problem.clear();
        for (NestedColumn c : nested) {
            c.reset();
        }
    }

    @Override
    public void end() {
        for (NestedColumn c : nested) {
            c.finish();
        }
    }
}
