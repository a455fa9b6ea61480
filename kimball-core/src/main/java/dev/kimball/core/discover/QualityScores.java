package dev.kimball.core.discover;

import dev.kimball.api.InferredType;
import dev.kimball.api.LogicalType;
import dev.kimball.api.Semantic;
import dev.kimball.api.catalog.Quality;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Quality scores and recommendations from exact warehouse counts. Completeness counts NULLs, blanks, null tokens and
 * missing codes as absent; validity is conformance to the final type on every row; uniqueness is distinct values over
 * present values; consistency is described at {@link #consistency}.
 */
final class QualityScores {
    private QualityScores() {
    }

    static Quality column(ColumnProfile p, ColumnConformance c, InferredType type, boolean key) {
        return column(p.rows(), uniqueness(p), c, type, key);
    }

    /** Distinct values over values present (not SQL NULL). */
    static double uniqueness(ColumnProfile p) {
        long present = p.rows() - p.nulls();
        return present == 0 ? 1 : Math.min(1, (double) p.distinct() / present);
    }

    static Quality column(long rows, double uniqueness, ColumnConformance c, InferredType type, boolean key) {
        double completeness = rows == 0 ? 1 : (double) (rows - c.nulls()) / rows;
        long conforming = type.type() == LogicalType.STRING ? c.nonNull() : c.conforming();
        double validity = c.nonNull() == 0 ? 1 : (double) conforming / c.nonNull();
        double consistency = consistency(c, type, validity);
        return Quality.combine(clamp(completeness), clamp(validity), clamp(uniqueness), clamp(consistency), key);
    }

    /**
     * One format per column. Dates and times: the share of values in the dominant shape ({@code 99/99/9999} vs
     * {@code 9999-99-99}). Numbers and booleans: the share that follows the column's one format (validity), because a
     * shape would tell {@code 1,234} from {@code 999} though both are one format. Text: the dominant shape's share
     * when the column holds short codes (digits in the shape, at most one space: phone numbers, ZIP codes, SKUs);
     * names, addresses and prose vary in shape by nature and score 1.
     */
    static double consistency(ColumnConformance c, InferredType type, double validity) {
        if (c.nonNull() == 0) {
            return 1;
        }
        if (shapeMeasured(c.checked()) && shapeMeasured(type)) {
            return (double) c.shaped() / c.nonNull();
        }
        return type.type() == LogicalType.STRING ? 1 : validity;
    }

    /** Whether consistency is the dominant shape's share for this type: dates and times, and short text codes. */
    static boolean shapeMeasured(InferredType t) {
        return switch (t.type()) {
            case DATE, TIMESTAMP, TIME -> true;
            case INTEGER, DECIMAL, FLOAT, BOOLEAN -> false;
            case STRING -> codeLike(t.valueShape());
        };
    }

    /**
     * Shapes of codes rather than words: digits, at most one space, and a fixed layout: only digits ({@code 9}), or
     * separators between the parts ({@code 999-999-9999}, {@code (9) 9-9}). Codes mixing letters and digits without
     * separators (VINs, hashes) change shape from value to value by nature and are not measured.
     */
    static boolean codeLike(String shape) {
        if (shape.indexOf('9') < 0 || shape.chars().filter(ch -> ch == ' ').count() > 1) {
            return false;
        }
        return shape.equals("9") || shape.chars().anyMatch(ch -> ch != '9' && ch != 'a');
    }

    /** Suggestions naming the column, counts and examples; empty when there is nothing to fix. */
    static List<String> recommendations(String column, long rows, ColumnConformance c, InferredType type, Quality q) {
        List<String> out = new ArrayList<>();
        String col = "`" + column + "`";
        long bad = type.type() == LogicalType.STRING ? 0 : c.nonConforming();
        if (bad > 0) {
            out.add(bad + " value" + (bad == 1 ? "" : "s") + " in " + col + " " + (bad == 1 ? "is" : "are") + " not "
                    + describe(type) + (c.examples().isEmpty() ? "" : ", e.g. " + quoted(c.examples()))
                    + "; they become NULL when typed: fix them at the source or add them as missing codes");
        }
        if (rows > 0 && c.nulls() == rows) {
            out.add(col + " is empty in every row: drop it, or check the source mapping");
        } else if (q.completeness() < 0.95 && rows > 0) {
            out.add(c.nulls() + " of " + rows + " rows (" + pct(1 - q.completeness()) + ") have no value in " + col);
        }
        if (shapeMeasured(type) && shapeMeasured(c.checked()) && q.consistency() < 0.9 && c.nonNull() > 0) {
            out.add(col + " is written in several forms: only " + pct(q.consistency()) + " of its values look like '"
                    + type.valueShape() + "' (9 = digits, a = letters); normalize the others");
        }
        if (!type.alternatives().isEmpty()) {
            out.add(col + " fits " + type.format().describe() + " and " + type.alternatives().get(0).describe()
                    + " equally well: confirm the format with overrideType");
        }
        return out;
    }

    /**
     * What the column looks like in a star schema. Measures are numbers that are not identifiers; dates and flags by
     * type; long free text apart from short attributes.
     */
    static String role(String column, long maxLength, InferredType t, boolean key) {
        if (key) {
            return "key";
        }
        if (t.type() == LogicalType.DATE || t.type() == LogicalType.TIMESTAMP || t.semantic() == Semantic.YYYYMMDD
                || t.semantic() == Semantic.UNIX_SECONDS || t.semantic() == Semantic.UNIX_MILLIS) {
            return "date";
        }
        if (t.type() == LogicalType.BOOLEAN) {
            return "flag";
        }
        if (t.type() == LogicalType.DECIMAL || t.type() == LogicalType.FLOAT || t.semantic() == Semantic.CURRENCY
                || t.semantic() == Semantic.PERCENTAGE) {
            return "measure";
        }
        if (t.type() == LogicalType.INTEGER && t.semantic() == Semantic.NONE && !KeyNames.identifierLike(column)) {
            return "measure";
        }
        if (t.type() == LogicalType.STRING && maxLength > 100) {
            return "text";
        }
        return "attribute";
    }


    private static String describe(InferredType t) {
        String f = t.format().isNone() ? "" : " (" + t.format().describe() + ")";
        return switch (t.type()) {
            case INTEGER -> "whole numbers" + f;
            case DECIMAL, FLOAT -> "numbers" + f;
            case DATE -> "dates" + f;
            case TIMESTAMP -> "timestamps" + f;
            case TIME -> "times of day" + f;
            case BOOLEAN -> "true/false values" + f;
            case STRING -> "text";
        };
    }

    private static String quoted(List<String> values) {
        List<String> q = new ArrayList<>();
        for (String v : values) {
            q.add("'" + (v.length() > 40 ? v.substring(0, 40) + "…" : v) + "'");
        }
        return String.join(", ", q);
    }

    static String pct(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
