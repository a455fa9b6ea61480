package dev.kimball.api;

import java.util.Objects;

/**
 * The exact spelling of a column's values, described structurally so that a warehouse dialect can render a cast
 * or a conformance check for it (never only a regular expression). Fields that do not apply to a type hold their
 * "none" value ({@code ""}, {@code '\0'}, {@code NONE}, {@code false}).
 *
 * <ul>
 *   <li>Temporal types: {@code pattern} in {@link java.time.format.DateTimeFormatter} syntax, e.g. {@code dd/MM/yyyy},
 *       {@code MMM d, yyyy}, {@code yyyy-MM-dd'T'HH:mm:ss.SSSXXX}. Conventions: a single letter ({@code d}, {@code M},
 *       {@code H}, {@code h}) accepts one or two digits; a run of {@code S} accepts one up to that many fraction
 *       digits; a part in {@code [...]} is optional; {@code yy} is a year in 2000-2099; month names are English.</li>
 *   <li>Numbers: {@code decimalSeparator} ({@code '.'} or {@code ','}), {@code groupingSeparator} ({@code '\0'} when
 *       the values are not grouped; {@code ' '} stands for space, no-break space U+00A0 and narrow no-break space
 *       U+202F), {@code currency} symbol or ISO code and where it stands, {@code percent} scale, accounting negatives
 *       {@code (123.45)}, and {@code exponent} for scientific notation. A sign, currency or percent sign is
 *       optional on each value.</li>
 *   <li>Unix epochs: {@code unixUnit} (the values are integers).</li>
 *   <li>Booleans: {@code trueToken}/{@code falseToken}, compared ignoring case.</li>
 * </ul>
 *
 * @param pattern             temporal pattern, or {@code ""}
 * @param decimalSeparator    decimal separator of numbers, or {@code '\0'}
 * @param groupingSeparator   thousands separator of numbers, or {@code '\0'}
 * @param currency            currency symbol or code as written (e.g. {@code $}, {@code €}, {@code USD}), or {@code ""}
 * @param currencyPosition    where {@code currency} stands
 * @param percent             how a {@code %} value maps to a number
 * @param accountingNegatives whether negatives may be written in parentheses
 * @param exponent            whether values may use scientific notation
 * @param unixUnit            unit of Unix epoch integers
 * @param trueToken           the token meaning true (lower case), or {@code ""}
 * @param falseToken          the token meaning false (lower case), or {@code ""}
 */
public record TypeFormat(String pattern, char decimalSeparator, char groupingSeparator, String currency,
                         Position currencyPosition, PercentScale percent, boolean accountingNegatives,
                         boolean exponent, UnixUnit unixUnit, String trueToken, String falseToken) {

    /** Where a currency symbol or code stands. */
    public enum Position { NONE, PREFIX, SUFFIX }

    /** How a percentage maps to a number: {@code FRACTION}: 85.5% is 0.855; {@code POINTS}: 85.5% is 85.5. */
    public enum PercentScale { NONE, FRACTION, POINTS }

    /** The unit of a Unix epoch number. */
    public enum UnixUnit { NONE, SECONDS, MILLIS }

    /** No format: plain text. */
    public static final TypeFormat NONE = new TypeFormat("", '\0', '\0', "", Position.NONE, PercentScale.NONE,
            false, false, UnixUnit.NONE, "", "");

    public TypeFormat {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(currencyPosition, "currencyPosition");
        Objects.requireNonNull(percent, "percent");
        Objects.requireNonNull(unixUnit, "unixUnit");
        Objects.requireNonNull(trueToken, "trueToken");
        Objects.requireNonNull(falseToken, "falseToken");
        if (currency.isEmpty() != (currencyPosition == Position.NONE)) {
            throw new IllegalArgumentException("currency '" + currency + "' and position " + currencyPosition + " disagree");
        }
        if (decimalSeparator != '\0' && decimalSeparator == groupingSeparator) {
            throw new IllegalArgumentException("decimal and grouping separator are both '" + decimalSeparator + "'");
        }
    }

    /** A date, time or timestamp pattern, e.g. {@code dd/MM/yyyy}. */
    public static TypeFormat temporal(String pattern) {
        if (Objects.requireNonNull(pattern, "pattern").isEmpty()) {
            throw new IllegalArgumentException("a temporal pattern must not be empty");
        }
        return new TypeFormat(pattern, '\0', '\0', "", Position.NONE, PercentScale.NONE, false, false, UnixUnit.NONE, "", "");
    }

    /** A number with this decimal separator and thousands separator ({@code '\0'}: not grouped). */
    public static TypeFormat number(char decimalSeparator, char groupingSeparator) {
        if (decimalSeparator != '.' && decimalSeparator != ',') {
            throw new IllegalArgumentException("decimal separator must be '.' or ',', not '" + decimalSeparator + "'");
        }
        return new TypeFormat("", decimalSeparator, groupingSeparator, "", Position.NONE, PercentScale.NONE, false,
                false, UnixUnit.NONE, "", "");
    }

    /** Integers counting seconds or milliseconds since the Unix epoch. */
    public static TypeFormat unix(UnixUnit unit) {
        if (unit == UnixUnit.NONE) {
            throw new IllegalArgumentException("a Unix format needs SECONDS or MILLIS");
        }
        return new TypeFormat("", '\0', '\0', "", Position.NONE, PercentScale.NONE, false, false, unit, "", "");
    }

    /** A boolean spelled with these two tokens (compared ignoring case). */
    public static TypeFormat bool(String trueToken, String falseToken) {
        if (trueToken.isEmpty() || falseToken.isEmpty() || trueToken.equalsIgnoreCase(falseToken)) {
            throw new IllegalArgumentException("boolean tokens must be two different non-empty strings: '"
                    + trueToken + "', '" + falseToken + "'");
        }
        return new TypeFormat("", '\0', '\0', "", Position.NONE, PercentScale.NONE, false, false, UnixUnit.NONE,
                trueToken.toLowerCase(java.util.Locale.ROOT), falseToken.toLowerCase(java.util.Locale.ROOT));
    }

    /** This number format with a currency symbol or code at the given position. */
    public TypeFormat withCurrency(String symbol, Position position) {
        return new TypeFormat(pattern, decimalSeparator, groupingSeparator, symbol, position, percent,
                accountingNegatives, exponent, unixUnit, trueToken, falseToken);
    }

    /** This number format with percent values at the given scale. */
    public TypeFormat withPercent(PercentScale scale) {
        return new TypeFormat(pattern, decimalSeparator, groupingSeparator, currency, currencyPosition, scale,
                accountingNegatives, exponent, unixUnit, trueToken, falseToken);
    }

    /** This number format, allowing negatives in parentheses. */
    public TypeFormat withAccountingNegatives(boolean allowed) {
        return new TypeFormat(pattern, decimalSeparator, groupingSeparator, currency, currencyPosition, percent,
                allowed, exponent, unixUnit, trueToken, falseToken);
    }

    /** This number format, allowing scientific notation. */
    public TypeFormat withExponent(boolean allowed) {
        return new TypeFormat(pattern, decimalSeparator, groupingSeparator, currency, currencyPosition, percent,
                accountingNegatives, allowed, unixUnit, trueToken, falseToken);
    }

    /** Whether this is {@link #NONE}. */
    public boolean isNone() {
        return equals(NONE);
    }

    /**
     * A short human description, e.g. {@code dd/MM/yyyy}, {@code decimal=',' grouping='.' currency='€' suffix},
     * {@code unix seconds}, {@code yes/no}; {@code ""} for {@link #NONE}.
     */
    public String describe() {
        if (!pattern.isEmpty()) {
            return pattern;
        }
        if (unixUnit != UnixUnit.NONE) {
            return "unix " + unixUnit.name().toLowerCase(java.util.Locale.ROOT);
        }
        if (!trueToken.isEmpty()) {
            return trueToken + "/" + falseToken;
        }
        if (decimalSeparator == '\0') {
            return "";
        }
        StringBuilder b = new StringBuilder("decimal='").append(decimalSeparator).append('\'');
        if (groupingSeparator != '\0') {
            b.append(" grouping='").append(groupingSeparator).append('\'');
        }
        if (!currency.isEmpty()) {
            b.append(" currency='").append(currency).append("' ").append(currencyPosition.name().toLowerCase(java.util.Locale.ROOT));
        }
        if (percent != PercentScale.NONE) {
            b.append(" percent=").append(percent.name().toLowerCase(java.util.Locale.ROOT));
        }
        if (accountingNegatives) {
            b.append(" accounting");
        }
        if (exponent) {
            b.append(" exponent");
        }
        return b.toString();
    }
}
