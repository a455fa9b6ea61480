package dev.kimball.connector.s3;

import java.util.regex.Pattern;

/**
 * A glob over object keys, with the shell meanings the local storage has: {@code *} and {@code ?} stay within one
 * {@code /}-separated segment, {@code **} crosses segments ({@code a/**}{@code /*.csv} also matches {@code a/x.csv}),
 * {@code [abc]}/{@code [!a]} classes and {@code {x,y}} alternatives.
 */
final class KeyGlob {
    private KeyGlob() {
    }

    static boolean hasGlob(String text) {
        for (int i = 0; i < text.length(); i++) {
            if ("*?[{".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The part of a prefix before the segment holding its first glob character, ending with '/' (or empty). */
    static String base(String prefix) {
        int meta = 0;
        while (meta < prefix.length() && "*?[{".indexOf(prefix.charAt(meta)) < 0) {
            meta++;
        }
        return prefix.substring(0, prefix.lastIndexOf('/', meta) + 1);
    }

    /** Whether matching may need keys below the next '/' (so listing must not stop at the first level). */
    static boolean crossesFolders(String pattern) {
        return pattern.contains("/") || pattern.contains("**");
    }

    /**
     * @throws IllegalArgumentException when a class or group is not closed, naming the pattern
     */
    static Pattern compile(String glob) {
        StringBuilder re = new StringBuilder();
        int group = 0;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '*' -> {
                    if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                        boolean slash = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
                        re.append(slash ? "(?:.*/)?" : ".*");
                        i += slash ? 2 : 1;
                    } else {
                        re.append("[^/]*");
                    }
                }
                case '?' -> re.append("[^/]");
                case '[' -> {
                    int end = glob.indexOf(']', i + 2);
                    if (end < 0) {
                        throw new IllegalArgumentException("unclosed [ in glob " + glob);
                    }
                    String body = glob.substring(i + 1, end);
                    boolean negate = body.startsWith("!") || body.startsWith("^");
                    re.append(negate ? "[^/" : "[").append((negate ? body.substring(1) : body).replace("\\", "\\\\").replace("[", "\\["))
                            .append(']');
                    i = end;
                }
                case '{' -> {
                    group++;
                    re.append("(?:");
                }
                case '}' -> {
                    if (group == 0) {
                        re.append("\\}");
                    } else {
                        group--;
                        re.append(')');
                    }
                }
                case ',' -> re.append(group > 0 ? "|" : ",");
                case '\\' -> {
                    if (i + 1 < glob.length()) {
                        re.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
                    }
                }
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (group != 0) {
            throw new IllegalArgumentException("unclosed { in glob " + glob);
        }
        return Pattern.compile(re.toString());
    }
}
