package dev.kimball.api;

/**
 * The logical type of a column as inferred from its string values (bronze columns are all strings). The
 * exact way the strings spell values of the type is a {@link TypeFormat}; see {@link InferredType}.
 */
public enum LogicalType {
    /** Text, or anything no typed candidate explains well enough. */
    STRING,
    /** Two-valued tokens such as {@code true/false}, {@code yes/no}, {@code Y/N}. */
    BOOLEAN,
    /** Whole numbers (possibly grouped, signed, with a currency); {@link InferredType#precision()} is the largest digit count. */
    INTEGER,
    /** Exact fixed-point numbers, {@code DECIMAL(precision, scale)}. */
    DECIMAL,
    /** Binary floating point: scientific notation, or more digits than a {@code DECIMAL(38, s)} holds. */
    FLOAT,
    /** Calendar dates without a time of day. */
    DATE,
    /** Date and time of day, possibly with fractional seconds and a zone offset; also Unix epoch numbers. */
    TIMESTAMP,
    /** Time of day without a date. */
    TIME
}
