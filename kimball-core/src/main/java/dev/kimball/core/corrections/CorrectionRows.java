package dev.kimball.core.corrections;

import dev.kimball.api.LogicalType;
import dev.kimball.api.Semantic;
import dev.kimball.api.TypeCorrection;
import dev.kimball.api.TypeFormat;
import dev.kimball.api.WarehouseException;
import java.time.Instant;
import java.util.Map;

/**
 * Maps a {@link TypeCorrection} to a row of {@code metadata.corrections} and back; the {@link TypeFormat} columns
 * (pattern .. false_token) are shared with {@code metadata.discover}.
 */
public final class CorrectionRows {
    private CorrectionRows() {
    }

    /** All columns but version and is_deleted, in table order. */
    static Object[] toRow(TypeCorrection c, Instant learnedAt) {
        TypeFormat f = c.format();
        return new Object[] {c.namePattern(), c.valueShape(), c.type().name(), (long) c.precision(), (long) c.scale(),
            f.pattern(), separator(f.decimalSeparator()), separator(f.groupingSeparator()), f.currency(),
            f.currencyPosition().name(), f.percent().name(), f.accountingNegatives(), f.exponent(), f.unixUnit().name(),
            f.trueToken(), f.falseToken(), c.semantic().name(), learnedAt};
    }

    /** The format's columns, pattern .. false_token, in table order. */
    public static Object[] formatValues(TypeFormat f) {
        return new Object[] {f.pattern(), separator(f.decimalSeparator()), separator(f.groupingSeparator()), f.currency(),
            f.currencyPosition().name(), f.percent().name(), f.accountingNegatives(), f.exponent(), f.unixUnit().name(),
            f.trueToken(), f.falseToken()};
    }

    /**
     * The format held by a row's format columns.
     *
     * @throws WarehouseException {@code CORRECTION_INVALID} when they do not describe a format
     */
    public static TypeFormat format(Map<String, Object> r) {
        try {
            return new TypeFormat(text(r, "pattern"), separator(r, "decimal_separator"),
                    separator(r, "grouping_separator"), text(r, "currency"), constant(TypeFormat.Position.class, r, "currency_position"),
                    constant(TypeFormat.PercentScale.class, r, "percent"), flag(r, "accounting_negatives"),
                    flag(r, "exponent"), constant(TypeFormat.UnixUnit.class, r, "unix_unit"),
                    text(r, "true_token"), text(r, "false_token"));
        } catch (IllegalArgumentException | NullPointerException | ClassCastException e) {
            throw invalid(r, e.getMessage(), e);
        }
    }

    /** @throws WarehouseException {@code CORRECTION_INVALID} for a row that does not describe a correction */
    static TypeCorrection fromRow(Map<String, Object> r) {
        try {
            TypeFormat format = new TypeFormat(text(r, "pattern"), separator(r, "decimal_separator"),
                    separator(r, "grouping_separator"), text(r, "currency"), constant(TypeFormat.Position.class, r, "currency_position"),
                    constant(TypeFormat.PercentScale.class, r, "percent"), flag(r, "accounting_negatives"),
                    flag(r, "exponent"), constant(TypeFormat.UnixUnit.class, r, "unix_unit"),
                    text(r, "true_token"), text(r, "false_token"));
            return new TypeCorrection(text(r, "name_pattern"), text(r, "value_shape"), constant(LogicalType.class, r, "type"),
                    Math.toIntExact(number(r, "precision")), Math.toIntExact(number(r, "scale")), format,
                    constant(Semantic.class, r, "semantic"));
        } catch (IllegalArgumentException | NullPointerException | ClassCastException | ArithmeticException e) {
            throw invalid(r, e.getMessage(), e);
        }
    }

    private static <E extends Enum<E>> E constant(Class<E> type, Map<String, Object> r, String column) {
        String v = text(r, column);
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            throw invalid(r, column + " '" + v + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()), e);
        }
    }

    private static String separator(char c) {
        return c == '\0' ? "" : String.valueOf(c);
    }

    private static char separator(Map<String, Object> r, String column) {
        String s = text(r, column);
        if (s.length() > 1) {
            throw invalid(r, column + " '" + s + "' is not one character", null);
        }
        return s.isEmpty() ? '\0' : s.charAt(0);
    }

    private static String text(Map<String, Object> r, String column) {
        Object v = r.get(column);
        if (v == null) {
            throw invalid(r, column + " is missing", null);
        }
        return v.toString();
    }

    private static long number(Map<String, Object> r, String column) {
        return ((Number) r.get(column)).longValue();
    }

    private static boolean flag(Map<String, Object> r, String column) {
        return (Boolean) r.get(column);
    }

    private static WarehouseException invalid(Map<String, Object> r, String why, Throwable cause) {
        return new WarehouseException("CORRECTION_INVALID", "metadata.corrections row name_pattern='" + r.get("name_pattern")
                + "' value_shape='" + r.get("value_shape") + "': " + why + "; fix or delete that row", cause);
    }
}
