package dev.kimball.core.warehouse;

import dev.kimball.api.InferredType;
import dev.kimball.api.LogicalType;
import dev.kimball.api.TypeFormat;

/**
 * The RE2 regular expression (the syntax both DuckDB and ClickHouse use) that a number spelled in a
 * {@link TypeFormat} matches, mirroring the JVM check in {@code dev.kimball.inference.FormatValidator}: an optional
 * sign, optional accounting parentheses, the format's own currency before or after, digits grouped by the format's
 * separator in threes (or not grouped), a fraction after the decimal separator, an exponent and a percent sign where
 * the format allows them. Matched against the value with surrounding whitespace removed. Pure text: quoting the
 * result as a literal is the dialect's job.
 *
 * <p>Bounds: INTEGER has no fraction; DECIMAL(p,s) allows up to {@code s} fraction digits ({@code s-2} under the
 * FRACTION percent scale, where every value counts as a percentage, as in the JVM check). Not checked in SQL, a known
 * difference from the JVM check: that a DECIMAL's integer digits fit in {@code p-s}.
 */
public final class NumberRegex {
    private static final String SIGN = "[-+\u2212]?";

    private NumberRegex() {
    }

    /**
     * The full-match regex for a numeric inferred type.
     *
     * @throws IllegalArgumentException when the type is not INTEGER, DECIMAL or FLOAT or has no decimal separator
     */
    public static String of(InferredType t) {
        LogicalType type = t.type();
        TypeFormat f = t.format();
        if (type != LogicalType.INTEGER && type != LogicalType.DECIMAL && type != LogicalType.FLOAT) {
            throw new IllegalArgumentException("no number regex for " + t.typeName() + " of column " + t.column());
        }
        if (f.decimalSeparator() != '.' && f.decimalSeparator() != ',') {
            throw new IllegalArgumentException(type + " of column " + t.column()
                    + " needs a decimal separator '.' or ',', format is '" + f.describe() + "'");
        }
        // under the FRACTION scale every value of the column is a percentage (85.5 means 0.855): two more digits
        int scale = f.percent() == TypeFormat.PercentScale.FRACTION ? Math.max(t.scale() - 2, 0) : t.scale();
        return "^" + body(t, scale, f.percent() != TypeFormat.PercentScale.NONE) + "$";
    }

    private static String body(InferredType t, int scale, boolean percent) {
        TypeFormat f = t.format();
        String digits = digits(t, f);
        String fraction = switch (t.type()) {
            case INTEGER -> "";
            case DECIMAL -> scale == 0 ? "" : "(?:" + lit(f.decimalSeparator()) + "[0-9]{1," + scale + "})?";
            default -> "(?:" + lit(f.decimalSeparator()) + "[0-9]*)?";
        };
        String number = digits + fraction + (f.exponent() ? "(?:[eE][-+]?[0-9]+)?" : "");
        String cur = f.currency().isEmpty() ? "" : lit(f.currency());
        // after the digits, a code of letters (12 EUR) needs a space, as in the JVM check; a symbol (12€) does not
        String gap = f.currency().chars().allMatch(Character::isLetter) ? "\\s+" : "\\s*";
        String pre = cur.isEmpty() ? "" : "(?:" + cur + "\\s*)?";
        String post = cur.isEmpty() ? "" : "(?:" + gap + cur + ")?";
        String pct = percent ? "(?:\\s*%)?" : "";
        // one sign, before or after a prefix currency
        String signed = pre.isEmpty() ? SIGN : "(?:" + SIGN + pre + "|" + pre + SIGN + ")";
        String inner = signed + number + post + pct;
        if (f.accountingNegatives()) {
            return "(?:" + inner + "|" + SIGN + "\\(\\s*" + pre + number + post + pct + "\\s*\\))";
        }
        return inner;
    }

    private static String digits(InferredType t, TypeFormat f) {
        String plain = "[0-9]+";
        if (f.groupingSeparator() == '\0') {
            return plain;
        }
        String g = f.groupingSeparator() == ' ' ? "[ \u00A0\u202F]" : lit(f.groupingSeparator());
        return "(?:[0-9]{1,3}(?:" + g + "[0-9]{3})+|" + plain + ")";
    }

    private static String lit(char c) {
        return lit(String.valueOf(c));
    }

    /** Escapes regex metacharacters. */
    private static String lit(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if ("\\.^$|?*+()[]{}".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }
}
