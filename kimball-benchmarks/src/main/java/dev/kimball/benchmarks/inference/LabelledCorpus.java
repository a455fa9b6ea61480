package dev.kimball.benchmarks.inference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the labelled corpus of {@code kimball-inference/src/test/resources/corpus} (same format as the test's
 * {@code CorpusLoader}: {@code === name | TYPE | format | semantic}, one value per line, {@code \e} for empty).
 */
final class LabelledCorpus {
    record Column(String id, String name, String type, String format, String semantic, List<String> values) {
    }

    private LabelledCorpus() {
    }

    static List<Column> load(Path dir) throws IOException {
        List<Column> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException("no corpus *.txt files in " + dir.toAbsolutePath());
        }
        for (Path f : files) {
            String[] head = null;
            List<String> values = null;
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                if (line.startsWith("=== ")) {
                    add(out, f, head, values);
                    head = line.substring(4).split(" \\| ", -1);
                    values = new ArrayList<>();
                } else if (!line.isEmpty() && !line.startsWith("#") && head != null) {
                    values.add(unescape(line));
                }
            }
            add(out, f, head, values);
        }
        return out;
    }

    private static void add(List<Column> out, Path f, String[] head, List<String> values) {
        if (head != null) {
            out.add(new Column(f.getFileName() + "#" + out.size() + ":" + head[0].strip(), head[0].strip(), head[1].strip(),
                    head[2].strip(), head[3].strip(), values));
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
