package dev.kimball.api;

import java.util.List;
import java.util.Objects;

/**
 * The type inferred for one column of strings, with the evidence behind it.
 *
 * <p>Counts refer to the values examined ({@link #sample()}), or to the whole column after a full-column
 * validation. {@code nonNull == conforming + nonConforming}; {@code confidence} is in [0, 1]. For a typed result
 * it is {@code conforming / nonNull}; where the data leaves a choice open (e.g. an ambiguous day/month order) the
 * other choices are in {@link #alternatives()}. For {@link LogicalType#STRING} every non-null value conforms, and the
 * confidence is the share of values that the best typed candidate did not explain (0 for a column without values).
 *
 * @param column                the column name as given
 * @param type                  the logical type
 * @param precision             for {@code DECIMAL} the total digits, for {@code INTEGER} the most digits seen, else 0
 * @param scale                 for {@code DECIMAL} the fraction digits, else 0
 * @param format                the exact spelling that parses the values
 * @param semantic              what the values mean, where known
 * @param confidence            in [0, 1]
 * @param reason                a human explanation of the choice
 * @param nonNull               values that are not null tokens
 * @param conforming            non-null values that {@code format} parses as {@code type}
 * @param nonConforming         non-null values it does not parse
 * @param nulls                 values that are null tokens
 * @param nonConformingExamples up to a configured number of distinct non-conforming values
 * @param alternatives          other formats the data fits equally well (e.g. {@code MM/dd/yyyy} when
 *                              {@code dd/MM/yyyy} was chosen for an ambiguous column); empty when decided
 * @param valueShape            the dominant shape of the values (digits as {@code 9}, letters as {@code a}, runs
 *                              collapsed), used to match learned corrections
 * @param sample                which values were examined
 * @param missingCodes          values besides the configured null tokens that this column uses for "no value"
 *                              (e.g. {@code ?}, {@code NR}), found because they are the only, repeated, digit-free
 *                              exceptions to an otherwise typed column; counted in {@code nulls}, and a cast must map
 *                              them to NULL
 */
public record InferredType(String column, LogicalType type, int precision, int scale, TypeFormat format,
                           Semantic semantic, double confidence, String reason, long nonNull, long conforming,
                           long nonConforming, long nulls, List<String> nonConformingExamples,
                           List<TypeFormat> alternatives, String valueShape, SampleInfo sample,
                           List<String> missingCodes) {
    public InferredType {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(semantic, "semantic");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(valueShape, "valueShape");
        Objects.requireNonNull(sample, "sample");
        nonConformingExamples = List.copyOf(nonConformingExamples);
        alternatives = List.copyOf(alternatives);
        missingCodes = List.copyOf(missingCodes);
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0,1], not " + confidence + " for column " + column);
        }
        if (nonNull != conforming + nonConforming || nonNull < 0 || conforming < 0 || nonConforming < 0 || nulls < 0) {
            throw new IllegalArgumentException("counts do not reconcile for column " + column + ": nonNull=" + nonNull
                    + " conforming=" + conforming + " nonConforming=" + nonConforming + " nulls=" + nulls);
        }
    }

    /** Whether the data fits more than one format equally well (see {@link #alternatives()}). */
    public boolean ambiguous() {
        return !alternatives.isEmpty();
    }

    /** The type as SQL-like text: {@code DECIMAL(10,2)} for decimals, else the type's name. */
    public String typeName() {
        return type == LogicalType.DECIMAL ? "DECIMAL(" + precision + "," + scale + ")" : type.name();
    }
}
