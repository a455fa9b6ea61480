package dev.kimball.api;

/**
 * Receives {@link Progress} snapshots during a load: after every batch and once at the end with
 * {@code done = true}. Called from loader threads; implementations must be thread-safe and fast.
 */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = p -> { };

    void onProgress(Progress progress);
}
