package dev.kimball.api;

import java.time.Instant;
import java.util.Objects;

/**
 * A source stored in the {@link SourceRegistry}.
 *
 * @param name        the registry name
 * @param kind        {@code csv}, {@code excel}, {@code parquet}, {@code json}, {@code files} or {@code postgres}
 * @param source      the definition, ready to load
 * @param description free text given when it was added or updated; empty when none
 * @param spec        the stored definition as JSON text: options and secret references ({@code env:NAME},
 *                    {@code file:/path}), never a secret value; for display
 * @param createdAt   when the name was first added (or added again after a removal)
 * @param updatedAt   when this version was written
 * @param version     the version number of this definition (increasing)
 */
public record NamedSource(String name, String kind, Source source, String description, String spec, Instant createdAt,
                          Instant updatedAt, long version) {
    public NamedSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** The source's own secret-free description, e.g. {@code csv:/data/sales.csv}. */
    public String describe() {
        return source.describe();
    }
}
