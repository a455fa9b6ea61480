package dev.kimball.inference;

import java.util.ArrayList;
import java.util.List;

/**
 * A compiled temporal pattern (the {@link dev.kimball.api.TypeFormat} conventions: single-letter fields take one or
 * two digits, a run of {@code S} one up to that many fraction digits, {@code [...]} is optional, {@code yy} is
 * 2000-2099) that checks whether a value matches, including calendar validity. Independent of
 * {@link DateFormatDetector} on purpose, so tests can check the detector's patterns against the values. Immutable.
 */
final class TemporalPattern {
    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december"};
    private static final String[] DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

    /** A node: a field letter with its width, a literal, or an optional group. */
    private record Node(char letter, int width, String literal, List<Node> group) {
    }

    private final List<Node> nodes;

    private TemporalPattern(List<Node> nodes) {
        this.nodes = nodes;
    }

    /**
     * Compiles a pattern.
     *
     * @throws IllegalArgumentException naming the pattern when a letter is not supported or a bracket or quote is unbalanced
     */
    static TemporalPattern compile(String pattern) {
        int[] pos = {0};
        List<Node> nodes = parse(pattern, pos, false);
        if (pos[0] != pattern.length()) {
            throw new IllegalArgumentException("unbalanced ']' in temporal pattern '" + pattern + "'");
        }
        return new TemporalPattern(nodes);
    }

    private static List<Node> parse(String p, int[] pos, boolean inGroup) {
        List<Node> out = new ArrayList<>();
        while (pos[0] < p.length()) {
            char c = p.charAt(pos[0]);
            if (c == '[') {
                pos[0]++;
                out.add(new Node('[', 0, null, parse(p, pos, true)));
            } else if (c == ']') {
                if (!inGroup) {
                    return out;
                }
                pos[0]++;
                return out;
            } else if (c == '\'') {
                int end = p.indexOf('\'', pos[0] + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("unclosed quote in temporal pattern '" + p + "'");
                }
                out.add(new Node('\'', 0, p.substring(pos[0] + 1, end), null));
                pos[0] = end + 1;
            } else if (Scan.isAsciiLetter(c)) {
                int start = pos[0];
                while (pos[0] < p.length() && p.charAt(pos[0]) == c) {
                    pos[0]++;
                }
                if ("yMdEHhmsSaXz".indexOf(c) < 0) {
                    throw new IllegalArgumentException("unsupported letter '" + c + "' in temporal pattern '" + p + "'");
                }
                out.add(new Node(c, pos[0] - start, null, null));
            } else {
                out.add(new Node('\'', 0, String.valueOf(c), null));
                pos[0]++;
            }
        }
        if (inGroup) {
            throw new IllegalArgumentException("unclosed '[' in temporal pattern '" + p + "'");
        }
        return out;
    }

    /** Whether the whole (trimmed) value matches. */
    boolean matches(String v) {
        int s = Scan.trimStart(v), e = Scan.trimEnd(v, s);
        int[] f = {-1, -1, -1};
        return match(nodes, 0, v, s, e, f);
    }

    private static boolean match(List<Node> ns, int i, String v, int p, int e, int[] ymd) {
        if (i == ns.size()) {
            return p == e && (ymd[1] < 0 || ymd[2] < 0 || Scan.validDate(ymd[0], ymd[1], ymd[2]));
        }
        Node n = ns.get(i);
        if (n.letter() == '[') {
            List<Node> with = new ArrayList<>(n.group());
            with.addAll(ns.subList(i + 1, ns.size()));
            return match(with, 0, v, p, e, ymd) || match(ns, i + 1, v, p, e, ymd);
        }
        int q = field(n, v, p, e, ymd);
        return q >= 0 && match(ns, i + 1, v, q, e, ymd);
    }

    /** Matches one node at {@code p}: the position after it, or -1. */
    private static int field(Node n, String v, int p, int e, int[] ymd) {
        if (n.letter() == '\'') {
            return v.startsWith(n.literal(), p) && p + n.literal().length() <= e ? p + n.literal().length() : -1;
        }
        int w = n.width();
        switch (n.letter()) {
            case 'y': {
                int q = digits(v, p, e, w == 2 ? 2 : 4, w == 2 ? 2 : 4);
                if (q < 0) {
                    return -1;
                }
                ymd[0] = (w == 2 ? 2000 : 0) + num(v, p, q);
                return q;
            }
            case 'M':
                if (w >= 3) {
                    int m = name(v, p, e, MONTHS, w == 4);
                    if (m == 0) {
                        return -1;
                    }
                    ymd[1] = m;
                    return p + (w == 4 ? MONTHS[m - 1].length() : 3);
                }
                return range(v, p, e, w, 1, 12, ymd, 1);
            case 'd': return range(v, p, e, w, 1, 31, ymd, 2);
            case 'H': return range(v, p, e, w, 0, 23, null, 0);
            case 'h': return range(v, p, e, w, 1, 12, null, 0);
            case 'm': return range(v, p, e, 2, 0, 59, null, 0);
            case 's': return range(v, p, e, 2, 0, 60, null, 0);
            case 'S': return digits(v, p, e, 1, w);
            case 'E': {
                int d = name(v, p, e, DAYS, w == 4);
                return d == 0 ? -1 : p + (w == 4 ? DAYS[d - 1].length() : 3);
            }
            case 'a':
                return p + 1 < e && ((v.charAt(p) | 0x20) == 'a' || (v.charAt(p) | 0x20) == 'p') && (v.charAt(p + 1) | 0x20) == 'm' ? p + 2 : -1;
            case 'X': return offset(v, p, e, w);
            case 'z': {
                int q = p;
                while (q < e && Scan.isAsciiLetter(v.charAt(q))) {
                    q++;
                }
                return q - p >= 3 ? q : -1;
            }
            default: return -1;
        }
    }

    private static int offset(String v, int p, int e, int w) {
        if (p < e && v.charAt(p) == 'Z') {
            return p + 1;
        }
        if (p >= e || (v.charAt(p) != '+' && v.charAt(p) != '-')) {
            return -1;
        }
        int q = digits(v, p + 1, e, 2, 2);
        if (q < 0 || w == 1) {
            return q;
        }
        if (w == 3) {
            return q < e && v.charAt(q) == ':' ? digits(v, q + 1, e, 2, 2) : -1;
        }
        return digits(v, q, e, 2, 2);
    }

    private static int range(String v, int p, int e, int w, int lo, int hi, int[] ymd, int slot) {
        int q = digits(v, p, e, w == 1 ? 1 : 2, 2);
        if (q < 0) {
            return -1;
        }
        int x = num(v, p, q);
        if (x < lo || x > hi) {
            return -1;
        }
        if (ymd != null) {
            ymd[slot] = x;
        }
        return q;
    }

    /** Greedily reads between {@code min} and {@code max} digits: the end, or -1. */
    private static int digits(String v, int p, int e, int min, int max) {
        int q = p;
        while (q < e && q - p < max && Scan.isDigit(v.charAt(q))) {
            q++;
        }
        return q - p >= min ? q : -1;
    }

    private static int num(String v, int p, int q) {
        int x = 0;
        for (int i = p; i < q; i++) {
            x = x * 10 + v.charAt(i) - '0';
        }
        return x;
    }

    private static int name(String v, int p, int e, String[] names, boolean full) {
        for (int i = 0; i < names.length; i++) {
            int len = full ? names[i].length() : 3;
            if (p + len <= e && v.regionMatches(true, p, names[i], 0, len)
                    && (p + len == e || !Scan.isAsciiLetter(v.charAt(p + len)))) {
                return i + 1;
            }
        }
        return 0;
    }
}
