package dev.kimball.api;

import java.util.Objects;

/**
 * One version of a named source in {@link SourceRegistry#history}.
 *
 * @param source  the definition as of this version (for a removal: the definition that was removed)
 * @param removed whether this version removed the name
 */
public record SourceRevision(NamedSource source, boolean removed) {
    public SourceRevision {
        Objects.requireNonNull(source, "source");
    }

    public long version() {
        return source.version();
    }
}
