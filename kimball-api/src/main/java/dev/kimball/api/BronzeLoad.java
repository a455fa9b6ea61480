package dev.kimball.api;

import java.util.Objects;
import java.util.function.Function;

/**
 * A configured, not yet started load into bronze. Immutable: every option returns a new {@code BronzeLoad},
 * so a notebook cell can be re-run safely. {@link #run()} does the work.
 */
public final class BronzeLoad {
    private final Function<LoadRequest, LoadReport> runner;
    private final LoadRequest request;

    BronzeLoad(Function<LoadRequest, LoadReport> runner, LoadRequest request) {
        this.runner = runner;
        this.request = request;
    }

    /** Rows per insert batch; default {@value LoadRequest#DEFAULT_BATCH_SIZE}. */
    public BronzeLoad batchSize(int rows) {
        return with(new LoadRequest(request.sources(), request.table(), rows, request.parallelism(), request.mode(), request.listener()));
    }

    /** Files loaded at the same time; default: the number of processors (at most 8). */
    public BronzeLoad parallelism(int workers) {
        return with(new LoadRequest(request.sources(), request.table(), request.batchSize(), workers, request.mode(), request.listener()));
    }

    /** {@link LoadMode#REPLACE} (default) or {@link LoadMode#APPEND}. */
    public BronzeLoad mode(LoadMode mode) {
        Objects.requireNonNull(mode, "mode");
        return with(new LoadRequest(request.sources(), request.table(), request.batchSize(), request.parallelism(), mode, request.listener()));
    }

    /**
     * Shorthand for {@code mode(LoadMode.INCREMENTAL)}: skip files unchanged since their last successful load, and read
     * only the rows of a table past the cursor mark of its last successful load (see {@link LoadMode#INCREMENTAL}).
     */
    public BronzeLoad incremental() {
        return mode(LoadMode.INCREMENTAL);
    }

    /** Shorthand for {@code mode(LoadMode.APPEND)}. */
    public BronzeLoad append() {
        return mode(LoadMode.APPEND);
    }

    public BronzeLoad onProgress(ProgressListener listener) {
        Objects.requireNonNull(listener, "listener");
        return with(new LoadRequest(request.sources(), request.table(), request.batchSize(), request.parallelism(), request.mode(), listener));
    }

    /** The request this load will run. */
    public LoadRequest request() {
        return request;
    }

    /** Reads every source and writes bronze; returns when all rows are loaded or rejected. */
    public LoadReport run() {
        return runner.apply(request);
    }

    private BronzeLoad with(LoadRequest r) {
        return new BronzeLoad(runner, r);
    }
}
