package dev.kimball.core.discover;

/**
 * Turns a value shape ({@link dev.kimball.api.InferredType#valueShape()}: ASCII digits as {@code 9}, letters as
 * {@code a}, runs collapsed, other characters kept, at most 24 characters) into an anchored RE2 expression that
 * matches exactly the trimmed values of that shape, so the warehouse can count them. RE2 is the regex engine of both
 * DuckDB and ClickHouse.
 */
final class ShapeRegex {
    /** Shapes are cut at this length by the inference engine; a cut shape matches any continuation. */
    static final int MAX_SHAPE = 24;

    private ShapeRegex() {
    }

    static String of(String shape) {
        StringBuilder b = new StringBuilder("^");
        for (int i = 0; i < shape.length(); ) {
            int cp = shape.codePointAt(i);
            if (cp == '9') {
                b.append("[0-9]+");
            } else if (cp == 'a') {
                b.append("\\pL+");
            } else {
                b.append("\\x{").append(Integer.toHexString(cp)).append('}');
            }
            i += Character.charCount(cp);
        }
        if (shape.length() >= MAX_SHAPE) {
            b.append(".*");
        }
        return b.append('$').toString();
    }
}
