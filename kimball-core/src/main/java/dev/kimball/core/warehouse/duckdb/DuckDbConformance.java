package dev.kimball.core.warehouse.duckdb;

import dev.kimball.api.InferredType;
import dev.kimball.api.TypeFormat;
import dev.kimball.core.warehouse.NumberRegex;
import dev.kimball.core.warehouse.TemporalRegex;
import dev.kimball.inference.StrftimePatterns;
import java.util.stream.Collectors;

/**
 * DuckDB conformance checks for an inferred type: numbers by {@link NumberRegex}, booleans by their two tokens,
 * temporal patterns by their exact shape ({@link TemporalRegex}) and {@code try_strptime} with the
 * {@link StrftimePatterns} (calendar validity), Unix epochs by
 * digit count and range (the JVM check's bounds).
 */
final class DuckDbConformance {
    /**
     * What is trimmed from both ends before a check, as the JVM check does: space, tab, LF, CR and the Unicode spaces
     * no-break and narrow no-break space (not FF or VT). {@code trim(v, chars)} rather than a regex
     * replace: it runs once per value of every checked column, and the regex was the costliest part of profiling.
     */
    private static final String EDGE_SPACE = "chr(32) || chr(9) || chr(10) || chr(13) || chr(160) || chr(8239)";

    private final DuckDbDialect dialect;

    DuckDbConformance(DuckDbDialect dialect) {
        this.dialect = dialect;
    }

    String of(String value, InferredType t) {
        String v = "trim(" + value + ", " + EDGE_SPACE + ")";
        TypeFormat f = t.format();
        return switch (t.type()) {
            case STRING -> "(1 = 1)";
            case BOOLEAN -> bool(v, t);
            case INTEGER, DECIMAL, FLOAT -> "regexp_full_match(" + v + ", " + dialect.literal(NumberRegex.of(t)) + ")";
            case DATE, TIME, TIMESTAMP -> f.unixUnit() != TypeFormat.UnixUnit.NONE ? unix(v, f.unixUnit())
                    : temporal(v, t);
        };
    }

    private String bool(String v, InferredType t) {
        if (t.format().trueToken().isEmpty()) {
            throw new IllegalArgumentException("BOOLEAN column " + t.column() + " needs true/false tokens");
        }
        return "(lower(" + v + ") IN (" + dialect.literal(t.format().trueToken()) + ", "
                + dialect.literal(t.format().falseToken()) + "))";
    }

    private static String unix(String v, TypeFormat.UnixUnit unit) {
        boolean s = unit == TypeFormat.UnixUnit.SECONDS;
        return "(regexp_full_match(" + v + ", '" + (s ? "[0-9]{9,10}" : "[0-9]{12,13}") + "') AND TRY_CAST(" + v
                + " AS BIGINT) BETWEEN " + (s ? "631152000 AND 2147483647" : "631152000000 AND 4102444800000") + ")";
    }

    private String temporal(String v, InferredType t) {
        if (t.format().pattern().isEmpty()) {
            throw new IllegalArgumentException(t.typeName() + " column " + t.column() + " needs a temporal pattern or a Unix unit");
        }
        // strptime is lenient about field widths, so the exact shape is checked too; strptime adds calendar validity.
        // Its %z does not take the UTC designator Z (see StrftimePatterns). One strptime call per format: DuckDB
        // 2.0.0's list form rolls an impossible date over (2024-02-30 with %z becomes 2024-03-01), the single form does not.
        String shape = "regexp_full_match(" + v + ", " + dialect.literal(TemporalRegex.of(t.format().pattern()).regex()) + ")";
        String zoned = "regexp_replace(" + v + ", 'Z$', '+00:00')";
        String parses = StrftimePatterns.of(t.format().pattern()).stream()
                .map(f -> "try_strptime(" + zoned + ", " + dialect.literal(f) + ") IS NOT NULL")
                .collect(Collectors.joining(" OR "));
        return "(" + shape + " AND (" + parses + "))";
    }
}
