package dev.kimball.core.warehouse.clickhouse;

import dev.kimball.api.InferredType;
import dev.kimball.api.TypeFormat;
import dev.kimball.core.warehouse.NumberRegex;
import dev.kimball.core.warehouse.TemporalRegex;

/**
 * ClickHouse conformance checks for an inferred type: numbers by {@link NumberRegex}, booleans by their two tokens,
 * Unix epochs by digit count and range. Temporal patterns by {@link TemporalRegex} plus a calendar check that
 * checks the day against the month's length with the Gregorian leap rule (so {@code 30/02/2024} and
 * {@code 29/02/2023} fail, {@code 29/02/1600} passes).
 * {@code parseDateTime64BestEffort} is not used: it accepts spellings the pattern does not, and
 * {@code parseDateTime}'s MySQL formats have no one-or-two-digit day or optional sections.
 */
final class ClickHouseConformance {
    private static final String EDGE_SPACE = "^[ \\t\\n\\r\u00A0\u202F]+|[ \\t\\n\\r\u00A0\u202F]+$";

    private final ClickHouseDialect dialect;

    ClickHouseConformance(ClickHouseDialect dialect) {
        this.dialect = dialect;
    }

    String of(String value, InferredType t) {
        String v = "replaceRegexpAll(" + value + ", " + dialect.literal(EDGE_SPACE) + ", '')";
        TypeFormat f = t.format();
        return switch (t.type()) {
            case STRING -> "(1 = 1)";
            case BOOLEAN -> bool(v, t);
            case INTEGER, DECIMAL, FLOAT -> "match(" + v + ", " + dialect.literal(NumberRegex.of(t)) + ")";
            case DATE, TIME, TIMESTAMP -> f.unixUnit() != TypeFormat.UnixUnit.NONE ? unix(v, f.unixUnit())
                    : temporal(v, t);
        };
    }

    private String bool(String v, InferredType t) {
        if (t.format().trueToken().isEmpty()) {
            throw new IllegalArgumentException("BOOLEAN column " + t.column() + " needs true/false tokens");
        }
        return "(lowerUTF8(" + v + ") IN (" + dialect.literal(t.format().trueToken()) + ", "
                + dialect.literal(t.format().falseToken()) + "))";
    }

    private static String unix(String v, TypeFormat.UnixUnit unit) {
        boolean s = unit == TypeFormat.UnixUnit.SECONDS;
        return "(match(" + v + ", '" + (s ? "^[0-9]{9,10}$" : "^[0-9]{12,13}$") + "') AND toInt64OrZero(" + v
                + ") BETWEEN " + (s ? "631152000 AND 2147483647" : "631152000000 AND 4102444800000") + ")";
    }

    private String temporal(String v, InferredType t) {
        if (t.format().pattern().isEmpty()) {
            throw new IllegalArgumentException(t.typeName() + " column " + t.column() + " needs a temporal pattern or a Unix unit");
        }
        TemporalRegex r = TemporalRegex.of(t.format().pattern());
        String re = dialect.literal(r.regex());
        String shape = "match(" + v + ", " + re + ")";
        if (r.yearGroup() == 0 || r.monthGroup() == 0) {
            return "(" + shape + ")";
        }
        String y = "toInt32OrZero(regexpExtract(" + v + ", " + re + ", " + r.yearGroup() + "))" + (r.twoDigitYear() ? " + 2000" : "");
        String g = "regexpExtract(" + v + ", " + re + ", " + r.monthGroup() + ")";
        String m = r.monthName() ? "toInt32(indexOf(['jan','feb','mar','apr','may','jun','jul','aug','sep','oct','nov','dec'], "
                + "lowerUTF8(substring(" + g + ", 1, 3))))" : "toInt32OrZero(" + g + ")";
        String d = r.dayGroup() == 0 ? "1" : "toInt32OrZero(regexpExtract(" + v + ", " + re + ", " + r.dayGroup() + "))";
        // calendar arithmetic rather than makeDate32, whose Date32 range (1900-2299) would reject valid years
        String leap = "((" + y + ") % 4 = 0 AND ((" + y + ") % 100 != 0 OR (" + y + ") % 400 = 0))";
        String days = "multiIf(" + m + " = 2, if(" + leap + ", 29, 28), " + m + " IN (4, 6, 9, 11), 30, 31)";
        return "(" + shape + " AND " + m + " BETWEEN 1 AND 12 AND " + d + " BETWEEN 1 AND " + days + ")";
    }
}
