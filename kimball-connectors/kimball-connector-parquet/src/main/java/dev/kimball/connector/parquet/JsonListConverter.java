package dev.kimball.connector.parquet;

import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.Type;

/**
 * A LIST-annotated group: a JSON array. Reads the standard three-level layout and the older two-level ones by the
 * backward-compatibility rules of the Parquet format spec (LogicalTypes.md, "Lists"): the repeated field is itself
 * the element when it is a primitive, a group of several fields, or a group named {@code array} or
 * {@code <list>_tuple}; otherwise its only field is the element (and a missing element is {@code null}).
 */
final class JsonListConverter extends GroupConverter implements JsonParent {
    private final JsonParent parent;
    private final int index;
    private final JsonOut out;
    private final Converter child;

    JsonListConverter(GroupType list, String path, RowProblem problem, JsonParent parent, int index, JsonOut out) {
        this.parent = parent;
        this.index = index;
        this.out = out;
        Type repeated = list.getType(0);
        if (repeatedIsElement(list, repeated)) {
            this.child = NestedConverters.create(repeated, path + "[]", problem, this, 0, out);
        } else {
            this.child = new Element(repeated.asGroupType(), path + "[]", problem, out);
        }
    }

    /** Whether {@code list} has the shape of a list: one repeated field. */
    static boolean isList(GroupType list) {
        return list.getFieldCount() == 1 && list.getType(0).isRepetition(Type.Repetition.REPEATED);
    }

    private static boolean repeatedIsElement(GroupType list, Type repeated) {
        if (repeated.isPrimitive()) {
            return true;
        }
        GroupType g = repeated.asGroupType();
        return g.getFieldCount() != 1 || g.getName().equals("array") || g.getName().equals(list.getName() + "_tuple");
    }

    @Override
    public Converter getConverter(int fieldIndex) {
        return child;
    }

    @Override
    public void start() {
        parent.beforeChild(index);
        out.startArray();
    }

    @Override
    public void beforeChild(int childIndex) {
        // each value of the repeated field is one element: nothing to write before it
    }

    @Override
    public void end() {
        out.endArray();
    }

    /** The repeated group of the three-level layout: one element, {@code null} when the element is missing. */
    private static final class Element extends GroupConverter implements JsonParent {
        private final JsonOut out;
        private final Converter element;
        private boolean written;

        Element(GroupType repeated, String path, RowProblem problem, JsonOut out) {
            this.out = out;
            this.element = NestedConverters.create(repeated.getType(0), path, problem, this, 0, out);
        }

        @Override
        public Converter getConverter(int fieldIndex) {
            return element;
        }

        @Override
        public void start() {
            written = false;
        }

        @Override
        public void beforeChild(int childIndex) {
            written = true;
        }

        @Override
        public void end() {
            if (!written) {
                out.nullValue();
            }
        }
    }
}
