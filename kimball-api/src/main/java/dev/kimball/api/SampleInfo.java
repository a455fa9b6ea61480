package dev.kimball.api;

/**
 * Which values an inference looked at. The first {@code head} values offered are always examined; the rest are
 * represented by a uniform reservoir sample of at most {@code reservoir} values drawn with a
 * {@link java.util.SplittableRandom} seeded with {@code seed} (Algorithm R), so the same input and seed give the
 * same sample.
 *
 * @param offered   values offered to the inference (including nulls)
 * @param examined  values actually examined ({@code head + reservoir} at most)
 * @param head      values examined from the start of the column
 * @param reservoir values examined from the reservoir over the rest
 * @param seed      the reservoir's random seed
 */
public record SampleInfo(long offered, int examined, int head, int reservoir, long seed) {
    public SampleInfo {
        if (offered < 0 || examined < 0 || head < 0 || reservoir < 0 || head + reservoir != examined || examined > offered) {
            throw new IllegalArgumentException("inconsistent sample: offered=" + offered + " examined=" + examined
                    + " head=" + head + " reservoir=" + reservoir);
        }
    }

    /** Whether every value offered was examined. */
    public boolean complete() {
        return examined == offered;
    }
}
