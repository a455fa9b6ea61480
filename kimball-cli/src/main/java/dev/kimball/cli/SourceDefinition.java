package dev.kimball.cli;

import dev.kimball.api.LocalLocation;
import dev.kimball.api.Location;
import dev.kimball.api.PostgresSource;
import dev.kimball.api.S3Location;
import dev.kimball.api.Secret;
import dev.kimball.api.Source;
import dev.kimball.api.Sources;
import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * The arguments of {@code kimball source add|update}: a name, a URI or path and its options, turned into a {@link Source} to
 * store. Local paths (and {@code file:} secret references) are made absolute, because a stored definition is used from
 * other directories later. Secrets are accepted only as references ({@code env:NAME}, {@code file:/path}): a password
 * typed on the command line would be in the shell history and the process list. Options that do not apply to the
 * URI's kind are usage errors rather than silently ignored.
 */
final class SourceDefinition {
    @Parameters(index = "0", paramLabel = "NAME", description = "Letters, digits, _ - . (e.g. sales_2024).")
    String name;

    @Parameters(index = "1", paramLabel = "<uri-or-path>",
            description = "A file, directory or glob (quote it), s3://bucket/prefix, or jdbc:postgresql://host:5432/db.")
    String uri;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "csv, excel, parquet, json or files (any format by extension). Default: by extension; "
                    + "directories and s3:// read any format.")
    String format;

    @Option(names = "--sheet", paramLabel = "NAME", description = "Excel: read only this sheet.")
    String sheet;

    @Option(names = "--user", paramLabel = "NAME", description = "PostgreSQL user.")
    String user;

    @Option(names = "--password", paramLabel = "REF", description = "PostgreSQL password as env:NAME or file:/path (never the password itself).")
    String password;

    @Option(names = "--schema", paramLabel = "NAME", description = "PostgreSQL schema (default: public).")
    String schema;

    @Option(names = "--tables", paramLabel = "T1,T2", split = ",", description = "PostgreSQL tables (default: every table of the schema).")
    List<String> tables = new ArrayList<>();

    @Option(names = "--cursor-column", paramLabel = "COLUMN", description = "PostgreSQL column whose growing values mark new rows.")
    String cursorColumn;

    @Option(names = "--s3-endpoint", paramLabel = "URL", description = "S3-compatible endpoint, e.g. http://minio:9000 (path-style by default).")
    String s3Endpoint;

    @Option(names = "--s3-region", paramLabel = "REGION", description = "S3 region.")
    String s3Region;

    @Option(names = "--path-style", paramLabel = "true|false", arity = "1", description = "S3 path-style addressing.")
    Boolean pathStyle;

    @Option(names = "--access-key", paramLabel = "REF", description = "S3 access key id as env:NAME or file:/path.")
    String accessKey;

    @Option(names = "--secret-key", paramLabel = "REF", description = "S3 secret access key as env:NAME or file:/path.")
    String secretKey;

    @Option(names = "--description", paramLabel = "TEXT", description = "Free text shown by list and show.")
    String description;

    /** @throws ParameterException for options that do not fit the URI, a literal secret, or an unknown format */
    Source toSource(CommandLine cl) {
        if (uri.startsWith("jdbc:postgresql:")) {
            refuse(cl, "a PostgreSQL source", format, "--format", sheet, "--sheet", s3Endpoint, "--s3-endpoint", s3Region,
                    "--s3-region", pathStyle, "--path-style", accessKey, "--access-key", secretKey, "--secret-key");
            return postgres(cl);
        }
        refuse(cl, "a file source", user, "--user", password, "--password", schema, "--schema",
                tables.isEmpty() ? null : tables, "--tables", cursorColumn, "--cursor-column");
        Location location;
        if (uri.startsWith("s3://")) {
            location = s3(cl);
        } else {
            refuse(cl, "a local path", s3Endpoint, "--s3-endpoint", s3Region, "--s3-region", pathStyle, "--path-style",
                    accessKey, "--access-key", secretKey, "--secret-key");
            location = new LocalLocation(absolute(cl, uri, "path"));
        }
        String kind = format != null ? format.toLowerCase(Locale.ROOT) : defaultFormat(location);
        if (sheet != null && !kind.equals("excel")) {
            throw new ParameterException(cl, "--sheet applies to Excel sources; add --format excel");
        }
        return switch (kind) {
            case "csv" -> Sources.csv(location);
            case "excel" -> sheet == null ? Sources.excel(location) : Sources.excel(location).sheet(sheet);
            case "parquet" -> Sources.parquet(location);
            case "json" -> Sources.json(location);
            case "files" -> Sources.files(location);
            default -> throw new ParameterException(cl, "--format must be csv, excel, parquet, json or files, got '" + format + "'");
        };
    }

    private PostgresSource postgres(CommandLine cl) {
        PostgresSource pg = Sources.postgres(uri);
        if (user != null) {
            pg = pg.user(user);
        }
        if (password != null) {
            pg = pg.password(secret(cl, "--password", password));
        }
        if (schema != null) {
            pg = pg.schema(schema);
        }
        if (!tables.isEmpty()) {
            pg = pg.tables(tables.toArray(new String[0]));
        }
        return cursorColumn == null ? pg : pg.cursorColumn(cursorColumn);
    }

    private S3Location s3(CommandLine cl) {
        S3Location s3 = S3Location.parse(uri);
        if (s3Endpoint != null) {
            try {
                s3 = s3.endpoint(URI.create(s3Endpoint));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(cl, "--s3-endpoint must be a URL such as http://minio:9000, got '" + s3Endpoint + "'");
            }
        }
        if (s3Region != null) {
            s3 = s3.region(s3Region);
        }
        if (pathStyle != null) {
            s3 = s3.pathStyle(pathStyle);
        }
        if ((accessKey == null) != (secretKey == null)) {
            throw new ParameterException(cl, "give --access-key and --secret-key together (or neither, for the AWS default chain)");
        }
        return accessKey == null ? s3 : s3.credentials(secret(cl, "--access-key", accessKey), secret(cl, "--secret-key", secretKey));
    }

    /** Files as SourceArguments picks them for {@code kimball load}; S3 prefixes read any format. */
    private static String defaultFormat(Location location) {
        if (location instanceof LocalLocation local) {
            if (SourceArguments.isGlob(local.pathOrGlob()) || !Path.of(local.pathOrGlob()).toFile().exists()) {
                String name = local.pathOrGlob().toLowerCase(Locale.ROOT);
                return name.matches(".*\\.(csv|tsv|txt|psv|tab|dat)") ? "csv" : "files";
            }
            Source s = SourceArguments.local(local.pathOrGlob(), Path.of(local.pathOrGlob()));
            return s instanceof dev.kimball.api.CsvSource ? "csv" : "files";
        }
        return "files";
    }

    /** A secret reference; the value of a literal is never echoed (it is a secret). */
    private static Secret secret(CommandLine cl, String option, String ref) {
        if (ref.startsWith("env:") && ref.length() > 4) {
            return Secret.env(ref.substring(4));
        }
        if (ref.startsWith("file:") && ref.length() > 5) {
            return Secret.file(Path.of(absolute(cl, ref.substring(5), option + " file")));
        }
        throw new ParameterException(cl, option + " takes a reference, env:NAME or file:/path, not the secret itself "
                + "(it would end up in the shell history); the value given is not shown");
    }

    private static String absolute(CommandLine cl, String path, String what) {
        try {
            return Path.of(path).toAbsolutePath().normalize().toString();
        } catch (InvalidPathException e) {
            throw new ParameterException(cl, "not a valid " + what + ": '" + path + "' (" + e.getReason() + ")");
        }
    }

    /** Pairs of (value, option name): any value set is a usage error for this kind of source. */
    private static void refuse(CommandLine cl, String kind, Object... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i] != null) {
                throw new ParameterException(cl, pairs[i + 1] + " does not apply to " + kind);
            }
        }
    }
}
