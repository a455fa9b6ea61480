package dev.kimball.inference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds column-specific missing-value codes ({@code ?}, {@code NR}, {@code --}): when a typed candidate falls short of
 * the threshold only because of at most two distinct tokens, each short (at most 4 characters), digit-free, repeated
 * (at least 3 times) and together a minority, those tokens mean "no value" in this column. Mixed columns whose
 * exceptions are varied or appear once or twice stay STRING.
 */
final class MissingCodes {
    static final int MAX_CODES = 2, MAX_LENGTH = 4, MIN_REPEATS = 3;

    private MissingCodes() {
    }

    /** The codes and how often each occurs, or an empty map when the exceptions are not missing-value codes. */
    static Map<String, Integer> find(Decision best, String[] v, int n, NullTokens nulls) {
        FormatValidator fv = FormatValidator.of(best.type(), best.format(), best.precision(), best.scale());
        Map<String, Integer> codes = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String s = v[i];
            if (nulls.isNull(s) || fv.conforms(s)) {
                continue;
            }
            String t = s.strip();
            if (t.length() > MAX_LENGTH || t.chars().anyMatch(Character::isDigit)) {
                return Map.of();
            }
            codes.merge(t, 1, Integer::sum);
            if (codes.size() > MAX_CODES) {
                return Map.of();
            }
        }
        for (int c : codes.values()) {
            if (c < MIN_REPEATS) {
                return Map.of();
            }
        }
        return codes;
    }

    static boolean isCode(List<String> codes, String value) {
        if (codes.isEmpty() || value == null) {
            return false;
        }
        String t = value.strip();
        for (String c : codes) {
            if (c.equals(t)) {
                return true;
            }
        }
        return false;
    }
}
