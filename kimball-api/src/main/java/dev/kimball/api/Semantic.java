package dev.kimball.api;

import java.util.Locale;

/**
 * What a column's values mean beyond their {@link LogicalType}, when the inference engine can tell. A semantic
 * never changes how a value is cast except where {@link TypeFormat} says so (e.g. {@link #PERCENTAGE} and
 * {@link TypeFormat#percent()}).
 */
public enum Semantic {
    /** Nothing more specific than the type. */
    NONE,
    /** Money amounts: a currency symbol or code ({@link TypeFormat#currency()}). */
    CURRENCY,
    /** Percentages written with {@code %}; {@link TypeFormat#percent()} says whether 85.5% means 0.855 or 85.5. */
    PERCENTAGE,
    /** Numbers in scientific notation ({@code 1.5e-3}). */
    SCIENTIFIC,
    /** Integers counting seconds since 1970-01-01T00:00:00Z. */
    UNIX_SECONDS,
    /** Integers counting milliseconds since 1970-01-01T00:00:00Z. */
    UNIX_MILLIS,
    /** Dates written as eight digits {@code yyyyMMdd}. */
    YYYYMMDD,
    /** Codes that look numeric but are identifiers (leading zeros, ZIP codes, phone numbers): kept as text. */
    IDENTIFIER,
    /** Calendar years held as integers. */
    YEAR;

    /** The lower-case name used in reports and JSON, e.g. {@code unix_seconds}; {@code null} for {@link #NONE}. */
    public String label() {
        return this == NONE ? null : name().toLowerCase(Locale.ROOT);
    }
}
