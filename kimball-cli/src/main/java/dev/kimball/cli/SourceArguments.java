package dev.kimball.cli;

import dev.kimball.api.PostgresSource;
import dev.kimball.api.S3Location;
import dev.kimball.api.Secret;
import dev.kimball.api.Source;
import dev.kimball.api.SourceException;
import dev.kimball.api.Sources;
import java.util.Locale;
import java.util.Set;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the command line's sources into {@link Source}s: {@code s3://bucket/prefix} (any format, by extension; the AWS
 * SDK's standard environment gives endpoint, region and credentials), {@code jdbc:postgresql://...} (every table of the
 * schema, or {@code --tables}; password from {@code $PGPASSWORD}), directories and globs (any format, by extension, unless
 * the glob names a CSV extension), and files (by extension; anything not Excel, Parquet or JSON is read as CSV-family text). Plain paths are checked here,
 * before the warehouse is opened (a typo must not leave an empty {@code kimball.duckdb} behind). Relative paths are
 * relative to the directory the user ran {@code kimball} from.
 */
final class SourceArguments {
    private static final Set<String> CSV = Set.of("csv", "tsv", "txt", "psv", "tab", "dat");

    private SourceArguments() {
    }

    /** Sources as for {@link #resolve(List, String, List)} with PostgreSQL's default schema and all its tables. */
    static List<Source> resolve(List<String> arguments) {
        return resolve(arguments, null, List.of(), null);
    }

    /**
     * @param pgCursorColumn the PostgreSQL cursor column for incremental loads, or null
     * @throws SourceException {@code SOURCE_NOT_FOUND} or {@code SOURCE_NOT_READABLE}, naming the path
     */
    static List<Source> resolve(List<String> arguments, String pgSchema, List<String> pgTables, String pgCursorColumn) {
        List<Source> sources = new ArrayList<>(arguments.size());
        for (String arg : arguments) {
            if (arg.startsWith("s3://")) {
                sources.add(Sources.files(S3Location.parse(arg)));
                continue;
            }
            if (arg.startsWith("jdbc:postgresql:")) {
                PostgresSource pg = Sources.postgres(arg);
                if (pgSchema != null) {
                    pg = pg.schema(pgSchema);
                }
                if (!pgTables.isEmpty()) {
                    pg = pg.tables(pgTables.toArray(new String[0]));
                }
                if (pgCursorColumn != null) {
                    pg = pg.cursorColumn(pgCursorColumn);
                }
                if (System.getenv("PGPASSWORD") != null) {
                    pg = pg.password(Secret.env("PGPASSWORD"));
                }
                sources.add(pg);
                continue;
            }
            if (isGlob(arg)) {
                sources.add(CSV.contains(extension(arg)) ? Sources.csv(arg) : Sources.files(arg));
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
            sources.add(local(arg, path));
        }
        return sources;
    }

    /** A plain path that exists: a directory or a non-CSV format by extension reads any format, anything else is CSV. */
    static Source local(String arg, Path path) {
        boolean otherFormat = Files.isDirectory(path) || !extension(arg).isEmpty() && !CSV.contains(extension(arg))
                && Set.of("xlsx", "xlsm", "xls", "parquet", "parq", "json", "jsonl", "ndjson").contains(extension(arg));
        return otherFormat ? Sources.files(arg) : Sources.csv(path);
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
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
