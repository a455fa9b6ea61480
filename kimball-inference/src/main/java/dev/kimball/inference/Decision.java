package dev.kimball.inference;

import dev.kimball.api.LogicalType;
import dev.kimball.api.Semantic;
import dev.kimball.api.TypeFormat;
import java.util.List;

/** A candidate type for a column with how many non-null values it explains; {@code rank} breaks ties (higher wins). */
record Decision(LogicalType type, int precision, int scale, TypeFormat format, Semantic semantic, int conforming,
                int rank, String reason, List<TypeFormat> alternatives) {
    Decision with(Semantic s, String why) {
        return new Decision(type, precision, scale, format, s, conforming, rank, why, alternatives);
    }
}
