package dev.kimball.inference;

/**
 * Counters of the inference cache since the engine was built.
 *
 * @param hits      inferences answered from the cache
 * @param misses    inferences that scanned the values
 * @param evictions entries dropped to stay within the size
 * @param size      entries now held
 */
public record CacheStats(long hits, long misses, long evictions, int size) {
    /** {@code hits / (hits + misses)}, 0 before any lookup. */
    public double hitRate() {
        long total = hits + misses;
        return total == 0 ? 0 : (double) hits / total;
    }
}
