package dev.kimball.inference;

import dev.kimball.api.TypeCorrection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link CorrectionStore} kept in memory only (lost with the JVM). Thread-safe. */
public final class InMemoryCorrectionStore implements CorrectionStore {
    private final List<TypeCorrection> corrections = new CopyOnWriteArrayList<>();

    @Override
    public List<TypeCorrection> load() {
        return List.copyOf(corrections);
    }

    @Override
    public void save(TypeCorrection correction) {
        corrections.add(Objects.requireNonNull(correction, "correction"));
    }
}
