package dev.kimball.core.discover;

import dev.kimball.api.InferredType;
import dev.kimball.api.LogicalType;
import dev.kimball.api.Semantic;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * Which columns may be keys or join columns, by their validated type: never timestamps, times, booleans or measures
 * (decimals, floats, money, percentages, measure-named integers), even when their values happen to be unique or two
 * tables share them; and which pairs of types can hold the same key values when compared as trimmed strings.
 */
final class KeyColumns {
    /** Longer strings are text, not codes: never part of a discovered key. */
    static final long MAX_KEY_LENGTH = 64;
    private static final Set<LogicalType> NEVER = Set.of(LogicalType.TIMESTAMP, LogicalType.TIME, LogicalType.BOOLEAN,
            LogicalType.DECIMAL, LogicalType.FLOAT);
    private static final Set<Semantic> NEVER_SEMANTIC = Set.of(Semantic.CURRENCY, Semantic.PERCENTAGE,
            Semantic.SCIENTIFIC, Semantic.UNIX_SECONDS, Semantic.UNIX_MILLIS);

    private KeyColumns() {
    }

    private static boolean yyyymmdd(ColumnProfile p) {
        if (p.minLength() != 8 || p.maxLength() != 8 || p.top().isEmpty()) {
            return false;
        }
        for (ValueCount v : p.top()) {
            try {
                int year = LocalDate.parse(v.value().strip(), DateTimeFormatter.BASIC_ISO_DATE).getYear();
                if (year < 1900 || year > 2099) {
                    return false;
                }
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return true;
    }

    /** Why a column can never be a key or join column, or {@code null} when it can. */
    static String excluded(InferredType t, ColumnProfile p) {
        if (NEVER.contains(t.type()) || NEVER_SEMANTIC.contains(t.semantic())) {
            String what = t.type() == LogicalType.TIMESTAMP || t.type() == LogicalType.TIME
                    || t.semantic() == Semantic.UNIX_SECONDS || t.semantic() == Semantic.UNIX_MILLIS ? "a timestamp"
                    : t.type() == LogicalType.BOOLEAN ? "a flag" : "a measure";
            return "is " + what + " (" + t.typeName() + (t.semantic() == Semantic.NONE ? "" : " " + t.semantic().label())
                    + ")";
        }
        if (t.type() == LogicalType.INTEGER && t.semantic() != Semantic.IDENTIFIER && KeyNames.measureLike(t.column())) {
            return "is a measure by its name";
        }
        if (t.type() == LogicalType.STRING && p.maxLength() > MAX_KEY_LENGTH) {
            return "is text up to " + p.maxLength() + " characters";
        }
        return null;
    }

    /** Whether values of the two types can be equal as trimmed strings: same date format, or integers and codes. */
    static boolean compatible(InferredType child, InferredType parent) {
        LogicalType c = child.type(), p = parent.type();
        if (c == LogicalType.DATE || p == LogicalType.DATE) {
            boolean cInt = c == LogicalType.INTEGER, pInt = p == LogicalType.INTEGER;
            // yyyyMMdd date keys are integers to a sample with an invalid day in it
            return (c == p && child.format().pattern().equals(parent.format().pattern()))
                    || (cInt && parent.semantic() == Semantic.YYYYMMDD) || (pInt && child.semantic() == Semantic.YYYYMMDD);
        }
        return (c == LogicalType.INTEGER || c == LogicalType.STRING) && (p == LogicalType.INTEGER || p == LogicalType.STRING);
    }

    /**
     * Integer identifiers and UUID-shaped strings look generated rather than natural; not integers that spell dates
     * ({@code 20240131}: a smart date key, as far as the profile's top values show) or years.
     */
    static boolean surrogate(InferredType t, ColumnProfile p) {
        if (t.type() == LogicalType.INTEGER) {
            return (t.semantic() == Semantic.NONE || t.semantic() == Semantic.IDENTIFIER) && !yyyymmdd(p);
        }
        return t.type() == LogicalType.STRING && p.minLength() == 36 && p.maxLength() == 36
                && !p.top().isEmpty() && p.top().stream().allMatch(v -> v.value().strip().matches(
                        "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"));
    }
}
