package dev.kimball.inference;

import dev.kimball.api.TypeCorrection;
import java.util.List;

/**
 * Where learned {@link TypeCorrection}s live. The inference engine does no I/O: {@code kimball-core} implements this
 * on the warehouse table {@code metadata.corrections}; {@link InMemoryCorrectionStore} serves tests and notebooks.
 * Implementations must be thread-safe. Exceptions they throw (e.g. a {@code WarehouseException}) pass through
 * {@link TypeInference#learn} and the engine's builder unchanged.
 */
public interface CorrectionStore {
    /** All corrections, oldest first (a later one wins when several match a column). */
    List<TypeCorrection> load();

    /** Persists one correction. */
    void save(TypeCorrection correction);
}
