package dev.kimball.connector.csv;

import dev.kimball.api.SourceException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns a location into the files to read: a file; a directory (its {@value #EXTENSIONS_TEXT} files, not recursive,
 * hidden files skipped); or a glob ({@code data/sales_*.csv}, {@code dir/**}{@code /*.csv}, where {@code **}
 * also matches no directory at all, as in shells). Results are sorted by path. Listing only: nothing is read.
 */
final class CsvFileResolver {
    static final Set<String> EXTENSIONS = Set.of("csv", "tsv", "txt", "psv", "tab", "dat");
    private static final String EXTENSIONS_TEXT = "*.csv, *.tsv, *.txt, *.psv, *.tab, *.dat";

    private CsvFileResolver() {
    }

    /**
     * @throws SourceException (SOURCE_NOT_FOUND) when the location does not exist or matches no file
     */
    static List<Path> resolve(String location) {
        if (isGlob(location)) {
            return glob(location);
        }
        Path p;
        try {
            p = Path.of(location).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new SourceException("SOURCE_NOT_FOUND", "CSV location '" + location + "' is not a valid path: " + e.getMessage(), e);
        }
        if (Files.isRegularFile(p)) {
            return List.of(p);
        }
        if (Files.isDirectory(p)) {
            List<Path> files = list(p, 1, f -> EXTENSIONS.contains(extension(f)));
            if (files.isEmpty()) {
                throw new SourceException("SOURCE_NOT_FOUND", "CSV directory '" + location + "' (" + p + ") holds no "
                        + EXTENSIONS_TEXT + " files; point at a file or use a glob such as " + p.resolve("*.*"));
            }
            return files;
        }
        throw new SourceException("SOURCE_NOT_FOUND", "CSV location '" + location + "' does not exist (resolved to " + p
                + "); check the path and the working directory " + Path.of("").toAbsolutePath());
    }

    static boolean isGlob(String location) {
        for (int i = 0; i < location.length(); i++) {
            char c = location.charAt(i);
            if (c == '*' || c == '?' || c == '[' || c == '{') {
                return true;
            }
        }
        return false;
    }

    private static List<Path> glob(String location) {
        String norm = location.replace('\\', '/');
        int meta = 0;
        while (meta < norm.length() && "*?[{".indexOf(norm.charAt(meta)) < 0) {
            meta++;
        }
        int slash = norm.lastIndexOf('/', meta);
        Path base = (slash < 0 ? Path.of("") : Path.of(slash == 0 ? "/" : norm.substring(0, slash))).toAbsolutePath().normalize();
        String pattern = norm.substring(slash + 1);
        String absPattern = base.toString().replace('\\', '/') + "/" + pattern;
        // Java's ** needs at least one directory between the slashes; shells also let it match none
        PathMatcher deep = FileSystems.getDefault().getPathMatcher("glob:" + escapeGlob(base) + "/" + pattern);
        PathMatcher flat = FileSystems.getDefault().getPathMatcher("glob:" + escapeGlob(base) + "/" + pattern.replace("**/", ""));
        int depth = pattern.contains("**") ? Integer.MAX_VALUE : pattern.split("/").length;
        if (!Files.isDirectory(base)) {
            throw new SourceException("SOURCE_NOT_FOUND", "CSV glob '" + location + "' matches nothing: directory " + base
                    + " does not exist");
        }
        List<Path> files = list(base, depth, f -> deep.matches(f) || flat.matches(f));
        if (files.isEmpty()) {
            throw new SourceException("SOURCE_NOT_FOUND", "CSV glob '" + location + "' matches no file (looked for "
                    + absPattern + "); check the pattern");
        }
        return files;
    }

    private static String escapeGlob(Path base) {
        StringBuilder sb = new StringBuilder();
        for (char c : base.toString().replace('\\', '/').toCharArray()) {
            if ("*?[]{}\\".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        String s = sb.toString();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    private static List<Path> list(Path dir, int depth, PathMatcher accept) {
        try (Stream<Path> s = Files.walk(dir, depth)) {
            List<Path> out = new ArrayList<>();
            s.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(accept::matches)
                    .forEach(out::add);
            out.sort(null);
            return out;
        } catch (IOException | UncheckedIOException e) {
            throw new SourceException("SOURCE_NOT_FOUND", "cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    static String extension(Path f) {
        String n = f.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot <= 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** File name without its extension(s): {@code sales.csv.gz} becomes {@code sales}, {@code v1.2.csv} becomes {@code v1.2}. */
    static String tableHint(Path f) {
        String n = f.getFileName().toString();
        String lower = n.toLowerCase(Locale.ROOT);
        for (String z : new String[] {".gz", ".bz2", ".zst", ".zip"}) {
            if (lower.endsWith(z) && lower.length() > z.length()) {
                n = n.substring(0, n.length() - z.length());
                break;
            }
        }
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
