package dev.kimball.core.storage;

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
import java.util.stream.Stream;

/** Resolves a local path or glob into the regular, non-hidden files it names, sorted by path. */
final class LocalPaths {
    private LocalPaths() {
    }

    /**
     * @throws SourceException (SOURCE_NOT_FOUND) when the location does not exist, matches no file or cannot be listed
     */
    static List<Path> resolve(String location) {
        if (isGlob(location)) {
            return glob(location);
        }
        Path p;
        try {
            p = Path.of(location).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new SourceException("SOURCE_NOT_FOUND", "location '" + location + "' is not a valid path: " + e.getMessage(), e);
        }
        if (Files.isRegularFile(p)) {
            return List.of(p);
        }
        if (Files.isDirectory(p)) {
            List<Path> files = list(p, 1, f -> true);
            if (files.isEmpty()) {
                throw new SourceException("SOURCE_NOT_FOUND", "directory '" + location + "' (" + p + ") holds no files (hidden files"
                        + " are skipped, sub-directories are not searched); use a glob such as " + p + "/**/*.* to descend");
            }
            return files;
        }
        throw new SourceException("SOURCE_NOT_FOUND", "location '" + location + "' does not exist (resolved to " + p
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
        Path base;
        try {
            base = (slash < 0 ? Path.of("") : Path.of(slash == 0 ? "/" : norm.substring(0, slash))).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new SourceException("SOURCE_NOT_FOUND", "glob '" + location + "' does not start with a valid path: " + e.getMessage(), e);
        }
        String pattern = norm.substring(slash + 1);
        String absPattern = base.toString().replace('\\', '/') + "/" + pattern;
        // Java's ** needs at least one directory between the slashes; shells also let it match none
        PathMatcher deep = FileSystems.getDefault().getPathMatcher("glob:" + escapeGlob(base) + "/" + pattern);
        PathMatcher flat = FileSystems.getDefault().getPathMatcher("glob:" + escapeGlob(base) + "/" + pattern.replace("**/", ""));
        int depth = pattern.contains("**") ? Integer.MAX_VALUE : pattern.split("/").length;
        if (!Files.isDirectory(base)) {
            throw new SourceException("SOURCE_NOT_FOUND", "glob '" + location + "' matches nothing: directory " + base
                    + " does not exist");
        }
        List<Path> files = list(base, depth, f -> deep.matches(f) || flat.matches(f));
        if (files.isEmpty()) {
            throw new SourceException("SOURCE_NOT_FOUND", "glob '" + location + "' matches no file (looked for "
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
}
