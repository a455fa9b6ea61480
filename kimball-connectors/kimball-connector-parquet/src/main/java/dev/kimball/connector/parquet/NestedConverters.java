package dev.kimball.connector.parquet;

import org.apache.parquet.io.api.Converter;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.ListLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.MapKeyValueTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.MapLogicalTypeAnnotation;
import org.apache.parquet.schema.Type;

/**
 * Builds the converter tree that writes one nested column as JSON. A field's repetition is its parent's concern (the
 * parent opens the array); the converter made here writes one value.
 */
final class NestedConverters {
    private NestedConverters() {
    }

    static Converter create(Type type, String path, RowProblem problem, JsonParent parent, int index, JsonOut out) {
        if (type.isPrimitive()) {
            return new JsonValueConverter(type.asPrimitiveType(), path, problem, parent, index, out);
        }
        GroupType g = type.asGroupType();
        LogicalTypeAnnotation a = g.getLogicalTypeAnnotation();
        if (a instanceof ListLogicalTypeAnnotation && JsonListConverter.isList(g)) {
            return new JsonListConverter(g, path, problem, parent, index, out);
        }
        if ((a instanceof MapLogicalTypeAnnotation || a instanceof MapKeyValueTypeAnnotation) && JsonMapConverter.isMap(g)) {
            return new JsonMapConverter(g, path, problem, parent, index, out);
        }
        return new JsonStructConverter(g, path, problem, parent, index, out);
    }
}
