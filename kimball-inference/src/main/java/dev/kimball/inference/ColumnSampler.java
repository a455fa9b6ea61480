package dev.kimball.inference;

import dev.kimball.api.SampleInfo;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Head + reservoir sample of a stream of values: the first {@code head} values are kept, then a uniform sample of
 * {@code size - head} values of the rest (Algorithm R with a seeded {@link SplittableRandom}, so results are
 * reproducible). Not thread-safe.
 */
final class ColumnSampler {
    private final int head;
    private final int size;
    private final long seed;
    private final SplittableRandom random;
    private String[] values;
    private long[] positions;
    private int n;
    private long offered;

    ColumnSampler(int head, int size, long seed) {
        this.head = head;
        this.size = size;
        this.seed = seed;
        this.random = new SplittableRandom(seed);
        this.values = new String[Math.min(size, 1024)];
        this.positions = new long[values.length];
    }

    void offer(String value) {
        long pos = offered++;
        if (n < size) {
            if (n == values.length) {
                int cap = (int) Math.min(size, (long) values.length * 2);
                values = Arrays.copyOf(values, cap);
                positions = Arrays.copyOf(positions, cap);
            }
            positions[n] = pos;
            values[n++] = value;
            return;
        }
        // the reservoir part holds size - head values drawn uniformly from the pos - head + 1 values after the head
        long j = random.nextLong(pos - head + 1);
        if (j < size - head) {
            values[head + (int) j] = value;
            positions[head + (int) j] = pos;
        }
    }

    String[] values() {
        return values;
    }

    int count() {
        return n;
    }

    /** The 0-based positions in the stream of the sampled values, in sample order. */
    long[] positions() {
        return Arrays.copyOf(positions, n);
    }

    SampleInfo info() {
        int h = Math.min(head, n);
        return new SampleInfo(offered, n, h, n - h, seed);
    }
}
