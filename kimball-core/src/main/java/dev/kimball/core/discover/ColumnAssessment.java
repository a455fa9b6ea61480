package dev.kimball.core.discover;

import dev.kimball.api.InferredType;
import dev.kimball.api.catalog.Quality;
import java.util.List;
import java.util.Objects;

/**
 * Everything Discover concluded about one bronze column.
 *
 * @param profile         exact statistics
 * @param conformance     full-column conformance counts of {@code type}
 * @param type            the final type: revalidated inference, or the user's override
 * @param overridePattern name pattern of the correction that overrides the type, or empty
 * @param overrideShape   value shape of that correction, or empty
 * @param quality         the column's scores
 * @param recommendations concrete suggestions
 * @param role            key, foreign_key, measure, date, flag, attribute or text
 * @param primaryKey      part of the table's primary key
 */
record ColumnAssessment(ColumnProfile profile, ColumnConformance conformance, InferredType type, String overridePattern,
                        String overrideShape, Quality quality, List<String> recommendations, String role, boolean primaryKey) {
    ColumnAssessment {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(type, "type");
        recommendations = List.copyOf(recommendations);
    }

    String name() {
        return profile.column();
    }

    ColumnAssessment withRole(String newRole) {
        return new ColumnAssessment(profile, conformance, type, overridePattern, overrideShape, quality, recommendations, newRole,
                primaryKey);
    }
}
