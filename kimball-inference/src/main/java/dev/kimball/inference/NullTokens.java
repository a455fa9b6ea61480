package dev.kimball.inference;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The strings that mean "no value". Matching ignores case and surrounding whitespace; a blank value is always null.
 * Immutable and thread-safe.
 */
public final class NullTokens {
    /** The default tokens: empty, {@code NULL}, {@code N/A}, {@code NA}, {@code -}, {@code None}, {@code nan}, {@code #N/A}. */
    public static final List<String> DEFAULT_TOKENS = List.of("", "NULL", "null", "N/A", "NA", "n/a", "-", "None", "nan", "#N/A");

    private static final int MAX_LENGTH = 32;
    private final String[][] byLength = new String[MAX_LENGTH + 1][];
    private final List<String> tokens;

    private NullTokens(List<String> tokens) {
        this.tokens = List.copyOf(tokens);
        List<List<String>> buckets = new ArrayList<>();
        for (int i = 0; i <= MAX_LENGTH; i++) {
            buckets.add(new ArrayList<>());
        }
        for (String t : tokens) {
            String s = Objects.requireNonNull(t, "null token").strip().toLowerCase(Locale.ROOT);
            if (s.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("null token longer than " + MAX_LENGTH + " characters: '" + t + "'");
            }
            if (!buckets.get(s.length()).contains(s)) {
                buckets.get(s.length()).add(s);
            }
        }
        for (int i = 0; i <= MAX_LENGTH; i++) {
            byLength[i] = buckets.get(i).toArray(new String[0]);
        }
    }

    /** The default set. */
    public static NullTokens defaults() {
        return new NullTokens(DEFAULT_TOKENS);
    }

    /**
     * Exactly these tokens (blank values are null in any case).
     *
     * @throws IllegalArgumentException if a token is longer than 32 characters
     * @throws NullPointerException     if a token is null
     */
    public static NullTokens of(List<String> tokens) {
        return new NullTokens(tokens);
    }

    /** The tokens as configured. */
    public List<String> tokens() {
        return tokens;
    }

    /** Whether {@code value} (null counts as null) is a null token. */
    public boolean isNull(String value) {
        if (value == null) {
            return true;
        }
        int s = Scan.trimStart(value), e = Scan.trimEnd(value, s);
        return isNull(value, s, e);
    }

    /** Whether the already trimmed region {@code [start, end)} of {@code value} is a null token. */
    boolean isNull(String value, int start, int end) {
        int len = end - start;
        if (len == 0) {
            return true;
        }
        if (len > MAX_LENGTH) {
            return false;
        }
        for (String t : byLength[len]) {
            if (value.regionMatches(true, start, t, 0, len)) {
                return true;
            }
        }
        return false;
    }
}
