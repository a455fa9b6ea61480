package dev.kimball.api;

import java.util.Locale;
import java.util.Objects;

/**
 * A user's correction of an inferred type, remembered and applied to similar columns later: a column is similar
 * when its normalized name matches {@code namePattern} (where {@code *} matches any run of characters) and its
 * {@link InferredType#valueShape()} equals {@code valueShape} ({@code *} matches any shape).
 *
 * @param namePattern normalized column name pattern, see {@link #normalizeName(String)}
 * @param valueShape  the value shape the correction was made for, or {@code *}
 * @param type        the correct type
 * @param precision   for {@code DECIMAL}: total digits (else 0)
 * @param scale       for {@code DECIMAL}: fraction digits (else 0)
 * @param format      the correct format
 * @param semantic    the correct semantic
 */
public record TypeCorrection(String namePattern, String valueShape, LogicalType type, int precision, int scale,
                             TypeFormat format, Semantic semantic) {
    public TypeCorrection {
        Objects.requireNonNull(namePattern, "namePattern");
        Objects.requireNonNull(valueShape, "valueShape");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(semantic, "semantic");
        if (namePattern.isBlank()) {
            throw new IllegalArgumentException("namePattern must not be blank (use * to match every name)");
        }
        if (precision < 0 || scale < 0 || scale > precision && type == LogicalType.DECIMAL) {
            throw new IllegalArgumentException("invalid DECIMAL(" + precision + "," + scale + ") in correction for " + namePattern);
        }
    }

    /** A correction of {@code inferred} to the given type and format, for columns with the same name pattern and value shape. */
    public static TypeCorrection of(InferredType inferred, LogicalType type, TypeFormat format, Semantic semantic) {
        return new TypeCorrection(normalizeName(inferred.column()), inferred.valueShape(), type,
                type == LogicalType.DECIMAL ? inferred.precision() : 0, type == LogicalType.DECIMAL ? inferred.scale() : 0,
                format, semantic);
    }

    /**
     * Normalizes a column name for matching: camelCase split, lower case, each run of digits replaced by {@code #},
     * each run of other non-alphanumeric characters by one {@code _}, leading and trailing {@code _} removed.
     * {@code "OrderDate2024"} and {@code "order date 2023"} both become {@code order_date#}/{@code order_date_#}.
     */
    public static String normalizeName(String name) {
        StringBuilder b = new StringBuilder(name.length() + 4);
        char prev = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isDigit(c)) {
                if (prev != '#') {
                    b.append('#');
                }
                prev = '#';
            } else if (Character.isLetter(c)) {
                if (Character.isUpperCase(c) && Character.isLowerCase(prev) && b.length() > 0) {
                    b.append('_');
                }
                b.append(Character.toLowerCase(c));
                prev = c;
            } else if (c == '*') {
                b.append('*');
                prev = '*';
            } else {
                if (prev != '_' && b.length() > 0) {
                    b.append('_');
                }
                prev = '_';
            }
        }
        int end = b.length();
        while (end > 0 && b.charAt(end - 1) == '_') {
            end--;
        }
        return b.substring(0, end).toLowerCase(Locale.ROOT);
    }

    /** Whether a column with this name and value shape is similar to the corrected one. */
    public boolean matches(String columnName, String shape) {
        return ("*".equals(valueShape) || valueShape.equals(shape)) && glob(namePattern, normalizeName(columnName));
    }

    private static boolean glob(String pattern, String text) {
        int p = 0, t = 0, star = -1, mark = 0;
        while (t < text.length()) {
            if (p < pattern.length() && pattern.charAt(p) == text.charAt(t) && pattern.charAt(p) != '*') {
                p++;
                t++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                mark = t;
            } else if (star >= 0) {
                p = star + 1;
                t = ++mark;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }
}
