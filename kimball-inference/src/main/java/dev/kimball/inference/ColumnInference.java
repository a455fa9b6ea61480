package dev.kimball.inference;

import dev.kimball.api.InferredType;
import dev.kimball.api.SampleInfo;
import java.util.function.Consumer;

/**
 * A streaming inference over one column: {@link #accept} values one at a time (nulls allowed), then {@link #result()}.
 * Memory is bounded by the sample size. Not thread-safe; created by {@link TypeInference#start}.
 */
public final class ColumnInference implements Consumer<String> {
    private final TypeInference engine;
    private final String name;
    private final ColumnSampler sampler;

    ColumnInference(TypeInference engine, String name, ColumnSampler sampler) {
        this.engine = engine;
        this.name = name;
        this.sampler = sampler;
    }

    @Override
    public void accept(String value) {
        sampler.offer(value);
    }

    /** The inferred type of the values offered so far (the inference can go on afterwards). */
    public InferredType result() {
        SampleInfo info = sampler.info();
        return engine.analyze(name, sampler.values(), sampler.count(), info.offered());
    }

    /** The 0-based positions, among the values offered, of the values the result examined. */
    public long[] sampledPositions() {
        return sampler.positions();
    }

    /** The column name. */
    public String name() {
        return name;
    }
}
