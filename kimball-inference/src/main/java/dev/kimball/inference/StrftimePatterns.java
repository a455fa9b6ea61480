package dev.kimball.inference;

import java.util.ArrayList;
import java.util.List;

/**
 * Translates a {@link dev.kimball.api.TypeFormat} temporal pattern into C {@code strftime}/{@code strptime} specifiers
 * (the dialect DuckDB's {@code strptime} accepts, which also takes a list of formats), so a warehouse dialect can
 * render an exact cast. Optional sections {@code [...]} expand into one pattern per combination, longest first.
 * Pure text work: no SQL here; quoting the result as a literal is the dialect's job.
 *
 * <p>Checked against DuckDB 2.0's {@code strptime}: {@code %g}/{@code %f}/{@code %n} accept 1 up to 3/6/9 fraction
 * digits, {@code %-d}/{@code %-m}/{@code %-I} one or two digits, {@code %b}/{@code %B}/{@code %a}/{@code %p} English
 * names. One gap a dialect must bridge: {@code %z} (from {@code X}, {@code XX}, {@code XXX}) parses {@code +05},
 * {@code +0530}, {@code +05:30} but not the UTC designator {@code Z}, so rewrite a trailing {@code Z} to
 * {@code +00:00} before parsing.
 */
public final class StrftimePatterns {
    private StrftimePatterns() {
    }

    /**
     * The strptime patterns equivalent to {@code pattern}, e.g. {@code yyyy-MM-dd[ HH:mm:ss]} gives
     * {@code [%Y-%m-%d %H:%M:%S, %Y-%m-%d]}; {@code d/M/yyyy} gives {@code %-d/%-m/%Y}.
     *
     * @throws IllegalArgumentException naming the pattern when a letter has no strptime equivalent or brackets are unbalanced
     */
    public static List<String> of(String pattern) {
        List<String> expanded = new ArrayList<>();
        expand(pattern, 0, new StringBuilder(), expanded, pattern);
        List<String> out = new ArrayList<>(expanded.size());
        for (String p : expanded) {
            out.add(translate(p, pattern));
        }
        return out;
    }

    /** Expands the first optional section at or after {@code i}: with it first, then without. */
    private static void expand(String p, int i, StringBuilder prefix, List<String> out, String original) {
        int open = indexOutsideQuotes(p, '[', i);
        if (open < 0) {
            out.add(prefix + p.substring(i));
            return;
        }
        int depth = 0, close = -1;
        boolean quoted = false;
        for (int k = open; k < p.length() && close < 0; k++) {
            char c = p.charAt(k);
            quoted ^= c == '\'';
            if (!quoted && c == '[') {
                depth++;
            } else if (!quoted && c == ']' && --depth == 0) {
                close = k;
            }
        }
        if (close < 0) {
            throw new IllegalArgumentException("unclosed '[' in temporal pattern '" + original + "'");
        }
        String before = p.substring(i, open), inner = p.substring(open + 1, close), rest = p.substring(close + 1);
        expand(inner + rest, 0, new StringBuilder(prefix).append(before), out, original);
        expand(rest, 0, new StringBuilder(prefix).append(before), out, original);
    }

    private static int indexOutsideQuotes(String p, char target, int from) {
        boolean quoted = false;
        for (int k = from; k < p.length(); k++) {
            char c = p.charAt(k);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == target) {
                return k;
            }
        }
        return -1;
    }

    private static String translate(String p, String original) {
        StringBuilder b = new StringBuilder(p.length() + 8);
        int i = 0;
        while (i < p.length()) {
            char c = p.charAt(i);
            if (c == '\'') {
                int end = p.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("unclosed quote in temporal pattern '" + original + "'");
                }
                b.append(p, i + 1, end);
                i = end + 1;
                continue;
            }
            if (!Scan.isAsciiLetter(c)) {
                b.append(c == '%' ? "%%" : String.valueOf(c));
                i++;
                continue;
            }
            int j = i;
            while (j < p.length() && p.charAt(j) == c) {
                j++;
            }
            b.append(spec(c, j - i, original));
            i = j;
        }
        return b.toString();
    }

    private static String spec(char c, int w, String original) {
        switch (c) {
            case 'y': return w == 2 ? "%y" : "%Y";
            case 'M': return w >= 4 ? "%B" : w == 3 ? "%b" : w == 2 ? "%m" : "%-m";
            case 'd': return w == 2 ? "%d" : "%-d";
            case 'E': return w >= 4 ? "%A" : "%a";
            case 'H': return w == 2 ? "%H" : "%-H";
            case 'h': return w == 2 ? "%I" : "%-I";
            case 'm': return "%M";
            case 's': return "%S";
            case 'S': return w <= 3 ? "%g" : w <= 6 ? "%f" : "%n";
            case 'a': return "%p";
            case 'X': return "%z";
            case 'z': return "%Z";
            default:
                throw new IllegalArgumentException("letter '" + c + "' in temporal pattern '" + original + "' has no strptime equivalent");
        }
    }
}
