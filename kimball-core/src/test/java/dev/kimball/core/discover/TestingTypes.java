package dev.kimball.core.discover;

import dev.kimball.api.InferredType;
import dev.kimball.api.LogicalType;
import dev.kimball.api.SampleInfo;
import dev.kimball.api.Semantic;
import dev.kimball.api.TypeFormat;
import java.util.List;

/** Inferred types built by hand, to render conformance checks for a known type and format. */
final class TestingTypes {
    private TestingTypes() {
    }

    static InferredType typed(LogicalType type, int precision, int scale, TypeFormat format) {
        return typed("c", type, precision, scale, format);
    }

    static InferredType typed(String column, LogicalType type, int precision, int scale, TypeFormat format) {
        return new InferredType(column, type, precision, scale, format, Semantic.NONE, 1, "test", 0, 0, 0, 0,
                List.of(), List.of(), "", new SampleInfo(0, 0, 0, 0, 0), List.of());
    }
}
