package dev.kimball.inference;

import dev.kimball.api.InferredType;
import dev.kimball.api.LogicalType;
import dev.kimball.api.TypeFormat;
import java.util.Objects;

/**
 * Checks single values against an inferred type and format, in the JVM: the same rule a warehouse cast rendered from
 * the {@link TypeFormat} applies. Used for the non-conforming examples, for learned corrections, and by
 * {@link TypeInference#validate} for full-column validation without a warehouse. Not thread-safe (it reuses a
 * scanner): use one per thread.
 */
public final class FormatValidator {
    private final LogicalType type;
    private final TypeFormat format;
    private final int precision;
    private final int scale;
    private final int conv;
    private final TemporalPattern pattern;
    private final NumberFormatDetector num = new NumberFormatDetector();

    private FormatValidator(LogicalType type, TypeFormat format, int precision, int scale) {
        this.type = Objects.requireNonNull(type, "type");
        this.format = Objects.requireNonNull(format, "format");
        this.precision = precision;
        this.scale = scale;
        this.pattern = format.pattern().isEmpty() ? null : TemporalPattern.compile(format.pattern());
        int c = -1;
        for (int k = 0; k < NumberFormatDetector.CONVENTIONS && c < 0; k++) {
            if (NumberFormatDetector.DECIMAL[k] == format.decimalSeparator()
                    && (format.groupingSeparator() == '\0' || NumberFormatDetector.GROUPING[k] == format.groupingSeparator())) {
                c = k;
            }
        }
        this.conv = c;
        boolean temporal = type == LogicalType.DATE || type == LogicalType.TIME || type == LogicalType.TIMESTAMP;
        if (temporal && pattern == null && format.unixUnit() == TypeFormat.UnixUnit.NONE) {
            throw new IllegalArgumentException(type + " needs a temporal pattern or a Unix unit, format is '" + format.describe() + "'");
        }
        if ((type == LogicalType.INTEGER || type == LogicalType.DECIMAL || type == LogicalType.FLOAT) && c < 0) {
            throw new IllegalArgumentException(type + " needs a decimal separator '.' or ',', format is '" + format.describe() + "'");
        }
        if (type == LogicalType.BOOLEAN && format.trueToken().isEmpty()) {
            throw new IllegalArgumentException("BOOLEAN needs true/false tokens, format is '" + format.describe() + "'");
        }
    }

    /**
     * A validator for the type and format of an inference result.
     *
     * @throws IllegalArgumentException when the format cannot describe the type (e.g. a DATE without a pattern) or a
     *                                  pattern uses an unsupported letter
     */
    public static FormatValidator of(InferredType inferred) {
        return new FormatValidator(inferred.type(), inferred.format(), inferred.precision(), inferred.scale());
    }

    /** A validator for a type, format and (for DECIMAL) precision and scale; throws as {@link #of(InferredType)}. */
    public static FormatValidator of(LogicalType type, TypeFormat format, int precision, int scale) {
        return new FormatValidator(type, format, precision, scale);
    }

    /** Whether a non-null value conforms (the caller decides what is null). */
    public boolean conforms(String value) {
        switch (type) {
            case STRING:
                return true;
            case BOOLEAN: {
                String t = value.strip();
                return t.equalsIgnoreCase(format.trueToken()) || t.equalsIgnoreCase(format.falseToken());
            }
            case DATE: case TIME: case TIMESTAMP:
                return pattern != null ? pattern.matches(value) : unix(value);
            default:
                return number(value);
        }
    }

    private boolean unix(String value) {
        int s = Scan.trimStart(value), e = Scan.trimEnd(value, s), len = e - s;
        boolean seconds = format.unixUnit() == TypeFormat.UnixUnit.SECONDS;
        if (seconds ? len < 9 || len > 10 : len < 12 || len > 13) {
            return false;
        }
        long x = 0;
        for (int i = s; i < e; i++) {
            if (!Scan.isDigit(value.charAt(i))) {
                return false;
            }
            x = x * 10 + value.charAt(i) - '0';
        }
        return seconds ? x >= 631152000L && x <= 2147483647L : x >= 631152000000L && x <= 4102444800000L;
    }

    private boolean number(String value) {
        int s = Scan.trimStart(value), e = Scan.trimEnd(value, s);
        if (s == e || !num.scan(value, s, e) || (num.convMask & 1 << conv) == 0) {
            return false;
        }
        if (format.groupingSeparator() == '\0' && (num.groupedMask & 1 << conv) != 0) {
            return false;
        }
        if (num.currency >= 0 && !CurrencyTokens.TOKENS[num.currency].equals(format.currency())) {
            return false;
        }
        if (num.percent && format.percent() == TypeFormat.PercentScale.NONE || num.exponent && !format.exponent()
                || num.parens && !format.accountingNegatives()) {
            return false;
        }
        int sc = num.scale[conv], in = num.intDigits[conv];
        if (format.percent() == TypeFormat.PercentScale.FRACTION) {
            sc += 2;
            in = Math.max(in - 2, 0);
        }
        if (type == LogicalType.INTEGER) {
            return sc == 0 && !num.exponent;
        }
        if (type == LogicalType.DECIMAL) {
            return sc <= scale && in <= precision - scale;
        }
        return true;
    }
}
