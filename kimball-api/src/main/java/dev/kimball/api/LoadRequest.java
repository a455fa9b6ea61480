package dev.kimball.api;

import java.util.List;
import java.util.Objects;

/**
 * Everything a bronze load needs, as one value: what the fluent {@link BronzeLoad} builds, and what
 * {@link KimballSession#load(LoadRequest)} runs.
 *
 * @param sources     one or more sources
 * @param table       a bronze table name that every source goes into, or {@code null} for one table per file
 * @param batchSize   rows per insert batch (default {@value #DEFAULT_BATCH_SIZE})
 * @param parallelism files read and written at the same time (default: available processors)
 * @param mode        replace earlier rows of the same source (default) or append
 * @param listener    progress callback
 */
public record LoadRequest(List<Source> sources, String table, int batchSize, int parallelism, LoadMode mode,
                          ProgressListener listener) {
    public static final int DEFAULT_BATCH_SIZE = 10_000;

    public LoadRequest {
        sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
        if (sources.isEmpty()) {
            throw new ConfigurationException("NO_SOURCE", "a load needs at least one source");
        }
        if (table != null && table.isBlank()) {
            throw new ConfigurationException("TABLE_NAME", "bronze table name must not be blank");
        }
        if (batchSize < 1 || batchSize > 10_000_000) {
            throw new ConfigurationException("BATCH_SIZE", "batch size must be between 1 and 10,000,000, got " + batchSize);
        }
        if (parallelism < 1 || parallelism > 256) {
            throw new ConfigurationException("PARALLELISM", "parallelism must be between 1 and 256, got " + parallelism);
        }
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(listener, "listener");
    }

    public static LoadRequest of(List<Source> sources) {
        return new LoadRequest(sources, null, DEFAULT_BATCH_SIZE, defaultParallelism(), LoadMode.REPLACE, ProgressListener.NONE);
    }

    static int defaultParallelism() {
        return Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
    }
}
