package dev.kimball.inference;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** A bounded LRU map from value fingerprints to scanned evidence, with hit statistics. Thread-safe. */
final class InferenceCache {
    private final int capacity;
    private final LinkedHashMap<Fingerprint, ColumnEvidence> map;
    private long hits;
    private long misses;
    private long evictions;

    InferenceCache(int capacity) {
        this.capacity = capacity;
        this.map = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Fingerprint, ColumnEvidence> eldest) {
                boolean evict = size() > InferenceCache.this.capacity;
                if (evict) {
                    evictions++;
                }
                return evict;
            }
        };
    }

    /** The cached evidence for {@code key}, or the scanned one (scanning happens outside the lock). */
    ColumnEvidence get(Fingerprint key, Supplier<ColumnEvidence> scan) {
        if (capacity == 0) {
            synchronized (this) {
                misses++;
            }
            return scan.get();
        }
        synchronized (this) {
            ColumnEvidence ev = map.get(key);
            if (ev != null) {
                hits++;
                return ev;
            }
            misses++;
        }
        ColumnEvidence ev = scan.get();
        synchronized (this) {
            map.put(key, ev);
        }
        return ev;
    }

    /** Counts a miss without a lookup (cache disabled: no fingerprint is computed). */
    ColumnEvidence miss(Supplier<ColumnEvidence> scan) {
        synchronized (this) {
            misses++;
        }
        return scan.get();
    }

    synchronized CacheStats stats() {
        return new CacheStats(hits, misses, evictions, map.size());
    }

    synchronized void clear() {
        map.clear();
    }
}
