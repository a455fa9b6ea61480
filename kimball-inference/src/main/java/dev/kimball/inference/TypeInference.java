package dev.kimball.inference;

import dev.kimball.api.ConfigurationException;
import dev.kimball.api.InferredType;
import dev.kimball.api.LogicalType;
import dev.kimball.api.SampleInfo;
import dev.kimball.api.Semantic;
import dev.kimball.api.TypeCorrection;
import dev.kimball.api.TypeFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Infers the {@link LogicalType} and exact {@link TypeFormat} of columns of strings. Thread-safe; build one per
 * warehouse (it holds the cache and the learned corrections) with {@link #builder()} or {@link #create()}.
 *
 * <h2>The decision rule</h2>
 * Null tokens ({@link NullTokens}) are counted apart; of the remaining <em>non-null</em> values, each candidate
 * (boolean, number in each separator convention, temporal pattern, yyyyMMdd, Unix epoch) counts the values it
 * parses. The candidate parsing the most values wins; a tie goes to the more specific type: BOOLEAN, then
 * DATE/TIME/TIMESTAMP, then dates and epochs written as integers, then INTEGER, DECIMAL, FLOAT. The winner is
 * <em>accepted</em> when {@code conforming / nonNull >= threshold} (default 0.9; BOOLEAN needs
 * {@code booleanThreshold}, default 0.99); its confidence is that share. Otherwise the column is STRING, with
 * confidence {@code 1 - best share} and a reason naming the best candidate (a candidate stops being counted as soon
 * as more than {@code (1 - threshold)} of the examined values have failed it, so for STRING the best share is a lower
 * bound and the confidence an upper bound). A column of identifiers (integers with
 * leading zeros, or all digits under a ZIP/phone name) is STRING with semantic IDENTIFIER. A column without non-null
 * values is STRING with confidence 0. Name hints ({@code *_id}, {@code *_date}, {@code zip}, {@code is_*},
 * {@code *year*}) only choose between candidates that fit the same values. A learned correction matching the
 * column's name pattern and value shape replaces the decision (its confidence is the share it parses). When the best
 * typed candidate misses the threshold only because of one or two short, digit-free, repeated tokens (e.g.
 * {@code ?}, {@code NR}), those become the column's {@link InferredType#missingCodes()}, counted as nulls, and the
 * rule is applied to the remaining values.
 *
 * <p>Values are sampled: the first {@code headSize} and a seeded reservoir of {@code sampleSize - headSize} of the
 * rest; counts refer to the sample until {@link #revalidate} or {@link #validate} supplies full-column counts.
 */
public final class TypeInference {
    private final InferenceOptions options;
    private final InferenceCache cache;
    private final CorrectionStore store;
    private final List<TypeCorrection> corrections;

    private TypeInference(InferenceOptions options, CorrectionStore store) {
        this.options = options;
        this.cache = new InferenceCache(options.cacheSize());
        this.store = store;
        this.corrections = new CopyOnWriteArrayList<>(store.load());
    }

    /** An engine with the defaults and an in-memory correction store. */
    public static TypeInference create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Infers the type of a column from all its values (sampled when there are more than the sample size). */
    public InferredType infer(String name, List<String> values) {
        Objects.requireNonNull(values, "values");
        if (values.size() <= options.sampleSize()) {
            return analyze(name, values.toArray(new String[0]), values.size(), values.size());
        }
        ColumnInference c = start(name);
        values.forEach(c);
        return c.result();
    }

    /** As {@link #infer(String, List)}; the array is not modified. */
    public InferredType infer(String name, String... values) {
        return infer(name, java.util.Arrays.asList(values));
    }

    /** A streaming inference: offer values one at a time, then ask for the result. */
    public ColumnInference start(String name) {
        Objects.requireNonNull(name, "name");
        return new ColumnInference(this, name, new ColumnSampler(options.headSize(), options.sampleSize(), options.seed()));
    }

    /** A streaming inference over rows of a table with this header (one column per header entry). */
    public TableInference startTable(List<String> header) {
        return new TableInference(this, header);
    }

    InferredType analyze(String name, String[] v, int n, long offered) {
        Objects.requireNonNull(name, "name");
        int head = Math.min(options.headSize(), n);
        SampleInfo sample = new SampleInfo(offered, n, head, n - head, options.seed());
        ColumnEvidence ev = options.cacheSize() == 0 ? cache.miss(() -> ColumnEvidence.scan(v, n, options.nullTokens(), options.threshold()))
                : cache.get(Fingerprint.of(v, n, offered), () -> ColumnEvidence.scan(v, n, options.nullTokens(), options.threshold()));
        TypeCorrection correction = null;
        for (TypeCorrection c : corrections) {
            if (c.matches(name, ev.shape)) {
                correction = c;
            }
        }
        int hints = NameHints.of(name);
        Decision d = correction != null ? corrected(correction, v, n) : TypeDecider.decide(ev, hints, options);
        int nonNull = ev.nonNull, nulls = ev.nulls;
        List<String> codes = List.of();
        Decision best = correction == null && d.type() == LogicalType.STRING ? TypeDecider.best(ev, hints, options) : null;
        if (best != null && best.type() != LogicalType.STRING && ev.nonNull > 0) {
            Map<String, Integer> found = MissingCodes.find(best, v, n, options.nullTokens());
            int count = found.values().stream().mapToInt(Integer::intValue).sum();
            if (!found.isEmpty() && count * 2 < ev.nonNull && best.conforming() <= ev.nonNull - count
                    && best.conforming() >= options.threshold() * (ev.nonNull - count)) {
                codes = List.copyOf(found.keySet());
                nonNull -= count;
                nulls += count;
                d = new Decision(best.type(), best.precision(), best.scale(), best.format(), best.semantic(), best.conforming(),
                        best.rank(), best.reason() + "; " + found + " (value=count) taken as this column's missing-value codes",
                        best.alternatives());
            }
        }
        boolean string = d.type() == LogicalType.STRING;
        long conforming = string ? nonNull : d.conforming();
        double confidence = nonNull == 0 ? 0 : Math.min(1, Math.max(0, (double) d.conforming() / nonNull));
        List<String> examples = conforming < nonNull ? examples(d, v, n, codes) : List.of();
        return new InferredType(name, d.type(), d.precision(), d.scale(), d.format(), d.semantic(), confidence,
                d.reason(), nonNull, conforming, nonNull - conforming, nulls, examples, d.alternatives(),
                ev.shape, sample, codes);
    }

    private Decision corrected(TypeCorrection c, String[] v, int n) {
        FormatValidator fv = FormatValidator.of(c.type(), c.format(), c.precision(), c.scale());
        int ok = 0;
        for (int i = 0; i < n; i++) {
            if (!options.nullTokens().isNull(v[i]) && fv.conforms(v[i])) {
                ok++;
            }
        }
        return new Decision(c.type(), c.precision(), c.scale(), c.format(), c.semantic(), ok, 0,
                "learned correction for columns like '" + c.namePattern() + "' with values shaped '" + c.valueShape() + "'",
                List.of());
    }

    private List<String> examples(Decision d, String[] v, int n, List<String> codes) {
        FormatValidator fv = FormatValidator.of(d.type(), d.format(), d.precision(), d.scale());
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < n && out.size() < options.exampleLimit(); i++) {
            if (!options.nullTokens().isNull(v[i]) && !MissingCodes.isCode(codes, v[i]) && !fv.conforms(v[i])) {
                out.add(v[i]);
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * Records a user's correction: it is saved to the {@link CorrectionStore} and applied from now on to columns whose
     * normalized name matches its pattern and whose value shape equals its shape.
     *
     * @throws IllegalArgumentException when the correction's format cannot describe its type
     */
    public void learn(TypeCorrection correction) {
        Objects.requireNonNull(correction, "correction");
        FormatValidator.of(correction.type(), correction.format(), correction.precision(), correction.scale());
        store.save(correction);
        corrections.add(correction);
    }

    /** The corrections in force, oldest first. */
    public List<TypeCorrection> corrections() {
        return List.copyOf(corrections);
    }

    /**
     * The full-column validation hook: replaces a sampled result's counts with counts over the whole column (e.g.
     * computed in the warehouse with a check rendered from the format) and applies the decision rule again. A typed
     * result whose full-column share falls below the threshold becomes STRING, saying why.
     *
     * @throws IllegalArgumentException when the counts do not reconcile ({@code conforming > nonNull}, negatives)
     */
    public InferredType revalidate(InferredType sampled, long nulls, long nonNull, long conforming, List<String> nonConformingExamples) {
        if (nulls < 0 || nonNull < 0 || conforming < 0 || conforming > nonNull) {
            throw new IllegalArgumentException("full-column counts do not reconcile for column " + sampled.column()
                    + ": nulls=" + nulls + " nonNull=" + nonNull + " conforming=" + conforming);
        }
        if (sampled.type() == LogicalType.STRING) {
            return sampled;
        }
        double share = nonNull == 0 ? 0 : (double) conforming / nonNull;
        double threshold = sampled.type() == LogicalType.BOOLEAN ? options.booleanThreshold() : options.threshold();
        List<String> examples = nonConformingExamples.subList(0, Math.min(options.exampleLimit(), nonConformingExamples.size()));
        if (nonNull > 0 && share < threshold) {
            String why = "full-column validation: only " + conforming + " of " + nonNull + " non-null values ("
                    + TypeDecider.pct(share) + ") conform to " + sampled.typeName() + " " + sampled.format().describe()
                    + ", below the " + TypeDecider.pct(threshold) + " threshold";
            return new InferredType(sampled.column(), LogicalType.STRING, 0, 0, TypeFormat.NONE, Semantic.NONE, 1 - share,
                    why, nonNull, nonNull, 0, nulls, examples, List.of(), sampled.valueShape(), sampled.sample(),
                    sampled.missingCodes());
        }
        return new InferredType(sampled.column(), sampled.type(), sampled.precision(), sampled.scale(), sampled.format(),
                sampled.semantic(), share, sampled.reason() + "; validated on all " + nonNull + " non-null values", nonNull,
                conforming, nonNull - conforming, nulls, examples, sampled.alternatives(), sampled.valueShape(), sampled.sample(),
                sampled.missingCodes());
    }

    /** Validates a sampled result against every value of the column in the JVM, then {@link #revalidate}s it. */
    public InferredType validate(InferredType sampled, Iterable<String> allValues) {
        FormatValidator fv = FormatValidator.of(sampled);
        long nulls = 0, nonNull = 0, ok = 0;
        Set<String> examples = new LinkedHashSet<>();
        for (String v : allValues) {
            if (options.nullTokens().isNull(v) || MissingCodes.isCode(sampled.missingCodes(), v)) {
                nulls++;
            } else {
                nonNull++;
                if (fv.conforms(v)) {
                    ok++;
                } else if (examples.size() < options.exampleLimit()) {
                    examples.add(v);
                }
            }
        }
        return revalidate(sampled, nulls, nonNull, ok, new ArrayList<>(examples));
    }

    /** Hit and miss counts of the evidence cache. */
    public CacheStats cacheStats() {
        return cache.stats();
    }

    /** The null tokens in force. */
    public NullTokens nullTokens() {
        return options.nullTokens();
    }

    InferenceOptions options() {
        return options;
    }

    /**
     * Options of a {@link TypeInference}; each setter fails at once, naming the bad value, with a
     * {@link ConfigurationException} (code {@code INFERENCE_OPTION}). Reusable: {@link #build()} copies the settings.
     */
    public static final class Builder {
        private double threshold = 0.9;
        private double booleanThreshold = 0.99;
        private NullTokens nullTokens = NullTokens.defaults();
        private int headSize = 1_000;
        private int sampleSize = 10_000;
        private long seed = 42;
        private int exampleLimit = 5;
        private int cacheSize = 1_024;
        private TypeFormat.PercentScale percentScale = TypeFormat.PercentScale.FRACTION;
        private boolean preferDayFirst;
        private CorrectionStore store;

        private Builder() {
        }

        /** Share of non-null values a type must parse to be accepted, in (0, 1]; default 0.9. */
        public Builder threshold(double share) {
            this.threshold = share(share, "threshold");
            return this;
        }

        /** Share a boolean vocabulary must cover, in (0, 1]; default 0.99. */
        public Builder booleanThreshold(double share) {
            this.booleanThreshold = share(share, "booleanThreshold");
            return this;
        }

        /** The null tokens; default {@link NullTokens#defaults()}. */
        public Builder nullTokens(NullTokens tokens) {
            this.nullTokens = Objects.requireNonNull(tokens, "nullTokens");
            return this;
        }

        /** Values kept from the start of a column, at least 0; default 1,000. */
        public Builder headSize(int n) {
            this.headSize = atLeast(n, 0, "headSize");
            return this;
        }

        /** Values examined per column in total (head + reservoir), at least 1; default 10,000. */
        public Builder sampleSize(int n) {
            this.sampleSize = atLeast(n, 1, "sampleSize");
            return this;
        }

        /** Seed of the reservoir sample; default 42. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Distinct non-conforming values reported per column, at least 0; default 5. */
        public Builder exampleLimit(int n) {
            this.exampleLimit = atLeast(n, 0, "exampleLimit");
            return this;
        }

        /** Columns whose evidence is cached, at least 0 (0 disables the cache); default 1,024. */
        public Builder cacheSize(int n) {
            this.cacheSize = atLeast(n, 0, "cacheSize");
            return this;
        }

        /** How {@code 85.5%} maps to a number: FRACTION (0.855, the default) or POINTS (85.5). */
        public Builder percentScale(TypeFormat.PercentScale scale) {
            if (scale == null || scale == TypeFormat.PercentScale.NONE) {
                throw new ConfigurationException("INFERENCE_OPTION", "percentScale must be FRACTION or POINTS, not " + scale);
            }
            this.percentScale = scale;
            return this;
        }

        /** For columns where no value decides the day/month order: report day-first (true) or month-first (false, the default). */
        public Builder preferDayFirst(boolean dayFirst) {
            this.preferDayFirst = dayFirst;
            return this;
        }

        /** Where corrections are loaded from and saved to; default a new {@link InMemoryCorrectionStore}. */
        public Builder correctionStore(CorrectionStore store) {
            this.store = Objects.requireNonNull(store, "correctionStore");
            return this;
        }

        /**
         * Builds the engine, loading the corrections from the store.
         *
         * @throws ConfigurationException when headSize exceeds sampleSize
         */
        public TypeInference build() {
            if (headSize > sampleSize) {
                throw new ConfigurationException("INFERENCE_OPTION", "headSize " + headSize + " exceeds sampleSize " + sampleSize);
            }
            return new TypeInference(new InferenceOptions(threshold, booleanThreshold, nullTokens, headSize, sampleSize,
                    seed, exampleLimit, cacheSize, percentScale, preferDayFirst),
                    store != null ? store : new InMemoryCorrectionStore());
        }

        private static double share(double v, String what) {
            if (!(v > 0 && v <= 1)) {
                throw new ConfigurationException("INFERENCE_OPTION", what + " must be in (0, 1], not " + v);
            }
            return v;
        }

        private static int atLeast(int v, int min, String what) {
            if (v < min) {
                throw new ConfigurationException("INFERENCE_OPTION", what + " must be at least " + min + ", not " + v);
            }
            return v;
        }
    }
}
