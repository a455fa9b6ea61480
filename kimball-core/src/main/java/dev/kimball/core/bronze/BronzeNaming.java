package dev.kimball.core.bronze;

import dev.kimball.api.BronzeColumn;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Warehouse names for things named by data. Rules: lower case; letters (any script) and digits kept, every other run
 * of characters becomes one {@code _}; no leading/trailing {@code _}; a leading digit gets a {@code c_} (columns) or
 * {@code t_} (tables) prefix; empty becomes {@code column_N} / {@code table}; at most 120 characters; duplicates
 * (case-insensitive) get {@code _2}, {@code _3}... Names can never start with the reserved {@value #RESERVED_PREFIX},
 * since leading underscores are removed.
 */
public final class BronzeNaming {
    public static final String RESERVED_PREFIX = "_kimball_";
    private static final int MAX = 120;

    private BronzeNaming() {
    }

    /** snake_case form of any text; may be empty. */
    static String snake(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(s.length());
        boolean pendingUnderscore = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (pendingUnderscore && b.length() > 0) {
                    b.append('_');
                }
                pendingUnderscore = false;
                b.appendCodePoint(cp);
            } else {
                pendingUnderscore = true;
            }
        }
        String r = b.toString();
        if (r.length() > MAX) {
            r = r.substring(0, r.offsetByCodePoints(0, Math.min(MAX, r.codePointCount(0, r.length()))));
        }
        return r;
    }

    /** A table name for a file name or other hint. */
    public static String table(String hint) {
        String s = snake(hint);
        if (s.isEmpty()) {
            return "table";
        }
        return Character.isDigit(s.codePointAt(0)) ? "t_" + s : s;
    }

    /** Unique column names for a header, in order, with the originals kept. */
    public static List<BronzeColumn> columns(List<String> header) {
        List<BronzeColumn> out = new ArrayList<>(header.size());
        Set<String> used = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String original = header.get(i) == null ? "" : header.get(i);
            String base = snake(original);
            if (base.isEmpty()) {
                base = "column_" + (i + 1);
            } else if (Character.isDigit(base.codePointAt(0))) {
                base = "c_" + base;
            }
            out.add(new BronzeColumn(unique(base, used), original));
        }
        return out;
    }

    /** {@code base}, or {@code base_2}, {@code base_3}... whichever is not yet in {@code used}; adds it. */
    public static String unique(String base, Set<String> used) {
        String name = base;
        for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + "_" + n;
        }
        return name;
    }
}
