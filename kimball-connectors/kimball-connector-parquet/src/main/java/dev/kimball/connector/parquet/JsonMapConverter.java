package dev.kimball.connector.parquet;

import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.Type;

/**
 * A MAP-annotated group ({@code repeated group key_value { key; value; }}): a JSON object whose field names are the
 * keys' text and whose values are the map's values ({@code null} when missing). Keys keep their order; a duplicate
 * key is written twice as the file holds it.
 */
final class JsonMapConverter extends GroupConverter implements JsonParent {
    private final JsonParent parent;
    private final int index;
    private final JsonOut out;
    private final Entry entry;

    JsonMapConverter(GroupType map, String path, RowProblem problem, JsonParent parent, int index, JsonOut out) {
        this.parent = parent;
        this.index = index;
        this.out = out;
        this.entry = new Entry(map.getType(0).asGroupType(), path, problem, out);
    }

    /** Whether {@code map} has the shape of a map with a primitive key (otherwise it is read as a plain group). */
    static boolean isMap(GroupType map) {
        if (map.getFieldCount() != 1) {
            return false;
        }
        Type kv = map.getType(0);
        if (kv.isPrimitive() || !kv.isRepetition(Type.Repetition.REPEATED)) {
            return false;
        }
        GroupType g = kv.asGroupType();
        return (g.getFieldCount() == 1 || g.getFieldCount() == 2) && g.getType(0).isPrimitive()
                && !g.getType(0).isRepetition(Type.Repetition.REPEATED)
                && (g.getFieldCount() == 1 || !g.getType(1).isRepetition(Type.Repetition.REPEATED));
    }

    @Override
    public Converter getConverter(int fieldIndex) {
        return entry;
    }

    @Override
    public void start() {
        parent.beforeChild(index);
        out.startObject();
    }

    @Override
    public void beforeChild(int childIndex) {
        // entries write their own field names
    }

    @Override
    public void end() {
        out.endObject();
    }

    /** One key/value pair. */
    private static final class Entry extends GroupConverter implements JsonParent {
        private final JsonOut out;
        private final Converter key;
        private final Converter value;
        private boolean keyWritten;
        private boolean valueWritten;

        Entry(GroupType kv, String path, RowProblem problem, JsonOut out) {
            this.out = out;
            this.key = new FormattingConverter(kv.getType(0).asPrimitiveType(), path + ".key", problem) {
                @Override
                void accept(String text) {
                    out.fieldName(text == null ? "" : text);
                    keyWritten = true;
                }
            };
            this.value = kv.getFieldCount() == 2
                    ? NestedConverters.create(kv.getType(1), path + "." + kv.getType(1).getName(), problem, this, 1, out)
                    : null;
        }

        @Override
        public Converter getConverter(int fieldIndex) {
            return fieldIndex == 0 ? key : value;
        }

        @Override
        public void start() {
            keyWritten = false;
            valueWritten = false;
        }

        @Override
        public void beforeChild(int childIndex) {
            if (!keyWritten) {
                // a key may only be missing in a file that breaks the spec (keys are required); keep the JSON valid
                out.fieldName("");
                keyWritten = true;
            }
            valueWritten = true;
        }

        @Override
        public void end() {
            if (!keyWritten) {
                out.fieldName("");
            }
            if (!valueWritten) {
                out.nullValue();
            }
        }
    }
}
