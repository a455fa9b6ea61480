package dev.kimball.inference;

/**
 * A 128-bit fingerprint of a sequence of values (order-sensitive, nulls distinct from {@code ""}), used as the cache
 * key: two columns with equal fingerprints are treated as having equal values.
 */
record Fingerprint(long h1, long h2, long count) {
    static Fingerprint of(String[] values, int n, long offered) {
        long a = 0x9E3779B97F4A7C15L, b = 0xC2B2AE3D27D4EB4FL;
        for (int i = 0; i < n; i++) {
            String s = values[i];
            int h = s == null ? 0x5bd1e995 : s.hashCode();
            long x = (h & 0xffffffffL) | (long) (s == null ? -1 : s.length()) << 32;
            a = mix(a ^ x) * 31 + i;
            b = Long.rotateLeft(b ^ mix(x + 0x632BE59BD9B4E019L), 29) * 0x9FB21C651E98DF25L;
        }
        return new Fingerprint(mix(a), mix(b ^ n), offered);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
