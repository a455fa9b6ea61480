package dev.kimball.core.source;

import dev.kimball.api.FileSource;
import dev.kimball.api.FilesSource;
import dev.kimball.api.LocalLocation;
import dev.kimball.api.Location;
import dev.kimball.api.Source;
import dev.kimball.api.SourceException;
import dev.kimball.api.Sources;
import dev.kimball.spi.FormatProvider;
import dev.kimball.spi.SourceProvider;
import dev.kimball.spi.SourceUnit;
import dev.kimball.spi.StorageProvider;
import dev.kimball.spi.StoredFile;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every {@link FileSource}: storage x format. Lists the location with the {@link StorageProvider} that accepts it, then
 * hands each file to a {@link dev.kimball.spi.FormatProvider}: the one that accepts the source, or for a
 * {@link FilesSource} the one that claims the file's extension.
 *
 * <p>A format-specific source pointed at a folder (a directory, an S3 prefix) reads only the files with that format's
 * extensions, so a folder of CSV files and notes loads its CSV files; a file named explicitly or matched by a glob is
 * read whatever its extension.
 */
final class FileSourceProvider implements SourceProvider {
    private final StorageProviders storages;
    private final FormatProviders formats;

    FileSourceProvider(StorageProviders storages, FormatProviders formats) {
        this.storages = storages;
        this.formats = formats;
    }

    @Override
    public String name() {
        return "files";
    }

    @Override
    public boolean accepts(Source source) {
        return source instanceof FileSource;
    }

    /**
     * @throws SourceException                          SOURCE_NOT_FOUND when the location matches nothing (or, for a
     *                                                  folder, no file of the format); SOURCE_FORMAT when a file of a
     *                                                  {@link FilesSource} has an extension no format reads; whatever the
     *                                                  storage or format throws (auth, permission, unreachable)
     * @throws dev.kimball.api.ConfigurationException   NO_STORAGE / NO_CONNECTOR when no module on the classpath reads
     *                                                  the location or the format, naming the artifact to add
     * @throws IllegalArgumentException                 when the source is not a {@link FileSource}
     */
    @Override
    public List<SourceUnit> units(Source source) {
        if (!(source instanceof FileSource fs)) {
            throw new IllegalArgumentException("the files provider reads FileSource, got " + source.describe());
        }
        Location location = fs.location();
        if (fs instanceof FilesSource) {
            StorageProvider storage = storages.forLocation(location);
            List<SourceUnit> units = new ArrayList<>();
            for (StoredFile file : storage.list(location)) {
                FormatProvider format = byExtension(file);
                format.units(file, defaultsFor(format, location, source)).forEach(u -> units.add(VersionedUnit.of(u, file.version())));
            }
            return units;
        }
        FormatProvider format = formats.forSource(source);
        List<StoredFile> files = storages.forLocation(location).list(location);
        if (isFolder(location, files)) {
            files = ofFormat(files, format, location);
        }
        List<SourceUnit> units = new ArrayList<>();
        for (StoredFile file : files) {
            format.units(file, source).forEach(u -> units.add(VersionedUnit.of(u, file.version())));
        }
        return units;
    }

    /**
     * Lists the location (for S3 after the storage's own bounded check of endpoint, credentials and bucket), checks that
     * every file has a format (by extension for a {@link FilesSource}; a folder holds files of the source's format) and,
     * for local files, that each can be read. Opens no file.
     *
     * @throws SourceException as {@link #units}, and SOURCE_NOT_READABLE naming a local file without read permission
     */
    @Override
    public String test(Source source) {
        if (!(source instanceof FileSource fs)) {
            throw new IllegalArgumentException("the files provider reads FileSource, got " + source.describe());
        }
        Location location = fs.location();
        StorageProvider storage = storages.forLocation(location);
        storage.test(location);
        List<StoredFile> files = storage.list(location);
        if (fs instanceof FilesSource) {
            files.forEach(this::byExtension);
        } else {
            FormatProvider format = formats.forSource(source);
            if (isFolder(location, files)) {
                files = ofFormat(files, format, location);
            }
        }
        if (location instanceof LocalLocation) {
            for (StoredFile f : files) {
                if (!java.nio.file.Files.isReadable(Path.of(f.name()))) {
                    throw new SourceException("SOURCE_NOT_READABLE", "cannot read " + f.name()
                            + ": permission denied; check the file's permissions");
                }
            }
        }
        List<String> names = files.stream().map(StoredFile::fileName).toList();
        return files.size() + (files.size() == 1 ? " file: " : " files: ") + (names.size() <= 5 ? String.join(", ", names)
                : String.join(", ", names.subList(0, 5)) + " and " + (names.size() - 5) + " more");
    }

    private FormatProvider byExtension(StoredFile file) {
        String ext = extension(file.fileName());
        return formats.forExtension(ext).orElseThrow(() -> {
            String hint = FormatProviders.moduleFor(ext).map(m -> "; add the dependency " + m + " to read ." + ext + " files")
                    .orElse("; name the format instead (Sources.csv(..), Sources.parquet(..)...)");
            return new SourceException("SOURCE_FORMAT", "no format on the classpath reads " + file.name()
                    + (ext.isEmpty() ? " (it has no extension)" : " (extension ." + ext + ")") + "; supported extensions: "
                    + formats.extensions() + hint + formats.failureNote());
        });
    }

    /**
     * The format's own source with default options at the same location, so a format only has to understand its own
     * source type; a format accepting none of them gets the {@link FilesSource} itself.
     */
    private static Source defaultsFor(FormatProvider format, Location location, Source filesSource) {
        List<Function<Location, Source>> candidates = List.of(Sources::csv, Sources::parquet, Sources::excel, Sources::json);
        for (Function<Location, Source> make : candidates) {
            Source s = make.apply(location);
            if (format.accepts(s)) {
                return s;
            }
        }
        return filesSource;
    }

    private static List<StoredFile> ofFormat(List<StoredFile> files, FormatProvider format, Location location) {
        Set<String> exts = format.extensions();
        List<StoredFile> kept = files.stream().filter(f -> exts.contains(extension(f.fileName()))).toList();
        if (kept.isEmpty()) {
            String wanted = exts.stream().sorted().map(e -> "*." + e).collect(Collectors.joining(", "));
            throw new SourceException("SOURCE_NOT_FOUND", "folder '" + location.describe() + "' holds no " + wanted + " files ("
                    + files.size() + " other files); point at a file or use a glob such as " + slash(location.describe()) + "*.*");
        }
        return kept;
    }

    /** A listing of a folder rather than of a file named explicitly or of a glob. */
    static boolean isFolder(Location location, List<StoredFile> files) {
        String d = location.describe();
        if (hasGlob(d)) {
            return false;
        }
        return files.size() != 1 || !files.get(0).name().equals(nameOf(location));
    }

    private static String nameOf(Location location) {
        if (location instanceof LocalLocation local) {
            try {
                return Path.of(local.pathOrGlob()).toAbsolutePath().normalize().toString();
            } catch (InvalidPathException e) {
                return local.pathOrGlob();
            }
        }
        return location.describe();
    }

    static boolean hasGlob(String location) {
        for (int i = 0; i < location.length(); i++) {
            if ("*?[{".indexOf(location.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Lower-case extension without the dot, empty when there is none ({@code README}, {@code .profile}). */
    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String slash(String d) {
        return d.endsWith("/") ? d : d + "/";
    }

    @Override
    public String toString() {
        return "FileSourceProvider[storages=" + storages + ", formats=" + formats.names() + "]";
    }
}
