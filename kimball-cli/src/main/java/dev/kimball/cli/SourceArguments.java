package dev.kimball.cli;

import dev.kimball.api.Source;
import dev.kimball.api.SourceException;
import dev.kimball.api.Sources;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the command line's {@code <path|glob>...} into sources. Plain paths are checked here, before the warehouse
 * is opened (a typo must not leave an empty {@code kimball.duckdb} behind); globs are expanded by the connector.
 * Relative paths are relative to the directory the user ran {@code kimball} from.
 */
final class SourceArguments {
    private SourceArguments() {
    }

    /** @throws SourceException {@code SOURCE_NOT_FOUND} or {@code SOURCE_NOT_READABLE}, naming the path */
    static List<Source> resolve(List<String> arguments) {
        List<Source> sources = new ArrayList<>(arguments.size());
        for (String arg : arguments) {
            if (isGlob(arg)) {
                sources.add(Sources.csv(arg));
                continue;
            }
            Path path;
            try {
                path = Path.of(arg);
            } catch (InvalidPathException e) {
                throw new SourceException("SOURCE_NOT_FOUND", "not a valid path: '" + arg + "' (" + e.getReason() + ")", e);
            }
            if (!Files.exists(path)) {
                throw new SourceException("SOURCE_NOT_FOUND", "no such file or directory: " + arg
                        + (path.isAbsolute() ? "" : " (looked in " + path.toAbsolutePath().getParent() + ")"));
            }
            if (!Files.isReadable(path)) {
                throw new SourceException("SOURCE_NOT_READABLE", "cannot read " + arg + ": permission denied");
            }
            sources.add(Sources.csv(path));
        }
        return sources;
    }

    static boolean isGlob(String arg) {
        for (int i = 0; i < arg.length(); i++) {
            char c = arg.charAt(i);
            if (c == '*' || c == '?' || c == '[' || c == '{') {
                return true;
            }
        }
        return false;
    }
}
