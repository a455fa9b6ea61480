package dev.kimball.connector.parquet;

import org.apache.parquet.schema.PrimitiveType;

/** A primitive inside a nested column: written as a JSON number, boolean or string. */
final class JsonValueConverter extends FormattingConverter {
    private final JsonParent parent;
    private final int index;
    private final JsonOut out;

    JsonValueConverter(PrimitiveType type, String path, RowProblem problem, JsonParent parent, int index, JsonOut out) {
        super(type, path, problem);
        this.parent = parent;
        this.index = index;
        this.out = out;
    }

    @Override
    void accept(String text) {
        parent.beforeChild(index);
        out.value(format().kind(), text);
    }
}
