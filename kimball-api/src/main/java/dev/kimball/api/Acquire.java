package dev.kimball.api;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** The acquire step: sources chosen, destination not yet. The only next step is {@link #toBronze()}. */
public final class Acquire {
    private final Function<LoadRequest, LoadReport> runner;
    private final List<Source> sources;

    Acquire(Function<LoadRequest, LoadReport> runner, List<Source> sources) {
        this.runner = Objects.requireNonNull(runner, "runner");
        Objects.requireNonNull(sources, "sources");
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i) == null) {
                throw new ConfigurationException("NO_SOURCE", "source #" + (i + 1) + " is null");
            }
        }
        this.sources = List.copyOf(sources);
        if (this.sources.isEmpty()) {
            throw new ConfigurationException("NO_SOURCE", "acquire needs at least one source");
        }
    }

    public List<Source> sources() {
        return sources;
    }

    /** Load into bronze, one table per file named after the file (snake_case; collisions get a suffix). */
    public BronzeLoad toBronze() {
        return new BronzeLoad(runner, LoadRequest.of(sources));
    }

    /** Load every source into one bronze table with this name (columns are matched by header). */
    public BronzeLoad toBronze(String table) {
        if (table == null || table.isBlank()) {
            throw new ConfigurationException("TABLE_NAME", "bronze table name must not be blank");
        }
        LoadRequest r = LoadRequest.of(sources);
        return new BronzeLoad(runner, new LoadRequest(r.sources(), table, r.batchSize(), r.parallelism(), r.mode(), r.listener()));
    }
}
