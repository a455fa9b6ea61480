package dev.kimball.api.catalog;

/**
 * Quality scores, each in [0, 1] (1 is best).
 *
 * @param completeness share of rows with a value (not NULL, blank, a null token or a missing code)
 * @param validity     share of values that conform to the inferred type and format
 * @param uniqueness   share of distinct values among the values (for a table: share of rows that are not exact
 *                     duplicates of an earlier row)
 * @param consistency  one format per column: for dates and times and for short text codes the share of values in
 *                     the dominant shape (e.g. {@code 99/99/9999}); for numbers and booleans the share following the
 *                     column's format; 1 for names and prose, whose shape varies by nature
 * @param score        the combined score: a weighted mean of the others (see {@link #combine})
 */
public record Quality(double completeness, double validity, double uniqueness, double consistency, double score) {
    public Quality {
        check("completeness", completeness);
        check("validity", validity);
        check("uniqueness", uniqueness);
        check("consistency", consistency);
        check("score", score);
    }

    /**
     * Combines the dimensions: validity weighs most (a wrong value is worse than a missing one), then completeness,
     * then consistency; uniqueness counts only when it is expected ({@code keyLike}: a key column, or a table),
     * because a low distinct share is normal for an attribute such as a country.
     */
    public static Quality combine(double completeness, double validity, double uniqueness, double consistency, boolean keyLike) {
        double score = keyLike
                ? 0.3 * completeness + 0.3 * validity + 0.2 * consistency + 0.2 * uniqueness
                : 0.35 * completeness + 0.4 * validity + 0.25 * consistency;
        return new Quality(completeness, validity, uniqueness, consistency, Math.min(1, Math.max(0, score)));
    }

    private static void check(String name, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0,1], not " + v);
        }
    }
}
