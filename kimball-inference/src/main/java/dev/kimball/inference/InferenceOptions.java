package dev.kimball.inference;

import dev.kimball.api.TypeFormat;

/** The settings of a {@link TypeInference}, validated by its builder. */
record InferenceOptions(double threshold, double booleanThreshold, NullTokens nullTokens, int headSize,
                        int sampleSize, long seed, int exampleLimit, int cacheSize,
                        TypeFormat.PercentScale percentScale, boolean preferDayFirst) {
}
