package dev.kimball.inference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads labelled corpus files. A column starts with {@code === name | TYPE | format | semantic} ({@code *}: not
 * checked); each following line is one value, with escapes {@code \e} (empty string), {@code \t}, {@code \\} and a
 * leading {@code \#}. Blank lines are skipped and lines starting with {@code #} are comments.
 */
final class CorpusLoader {
    record Column(String file, int index, String name, String type, String format, String semantic, List<String> values) {
        String id() {
            return file + "#" + index + ":" + name;
        }
    }

    private CorpusLoader() {
    }

    static List<Column> load(String... resources) {
        List<Column> out = new ArrayList<>();
        for (String res : resources) {
            try (InputStream in = CorpusLoader.class.getResourceAsStream("/corpus/" + res)) {
                if (in == null) {
                    throw new IllegalStateException("corpus resource /corpus/" + res + " not found");
                }
                parse(res, new String(in.readAllBytes(), StandardCharsets.UTF_8), out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    static void parse(String file, String text, List<Column> out) {
        String[] head = null;
        List<String> values = null;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("=== ")) {
                if (head != null) {
                    out.add(new Column(file, out.size(), head[0], head[1], head[2], head[3], values));
                }
                head = line.substring(4).split(" \\| ", -1);
                if (head.length != 4) {
                    throw new IllegalStateException(file + ": bad column header '" + line + "'");
                }
                for (int i = 0; i < 4; i++) {
                    head[i] = head[i].strip();
                }
                values = new ArrayList<>();
            } else if (!line.isEmpty() && !line.startsWith("#") && head != null) {
                values.add(unescape(line));
            }
        }
        if (head != null) {
            out.add(new Column(file, out.size(), head[0], head[1], head[2], head[3], values));
        }
    }

    private static String unescape(String s) {
        if (s.equals("\\e")) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 't' ? '\t' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
