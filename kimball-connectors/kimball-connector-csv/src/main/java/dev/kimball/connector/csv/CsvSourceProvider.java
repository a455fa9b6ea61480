package dev.kimball.connector.csv;

import dev.kimball.api.CsvSource;
import dev.kimball.api.Source;
import dev.kimball.api.SourceException;
import dev.kimball.spi.RecordReader;
import dev.kimball.spi.SourceProvider;
import dev.kimball.spi.SourceUnit;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The CSV connector: one {@link SourceUnit} per file of a {@link CsvSource} location (file, directory or glob).
 * Registered for {@link java.util.ServiceLoader} in {@code META-INF/services/dev.kimball.spi.SourceProvider}.
 * Each unit's reader detects encoding and dialect of its own file unless the source sets them.
 *
 * <p>Other storages (an object store, HTTP) reuse the format through {@link #read(InputStream, String, CsvSource)}:
 * listing is theirs, parsing is this module's.
 */
public final class CsvSourceProvider implements SourceProvider {
    @Override
    public String name() {
        return "csv";
    }

    @Override
    public boolean accepts(Source source) {
        return source instanceof CsvSource;
    }

    /**
     * @throws SourceException (SOURCE_NOT_FOUND) when the location does not exist or matches no file;
     *                         {@link IllegalArgumentException} when the source is not a {@link CsvSource}
     */
    @Override
    public List<SourceUnit> units(Source source) {
        if (!(source instanceof CsvSource csv)) {
            throw new IllegalArgumentException("the csv connector reads CsvSource, got " + source.describe());
        }
        List<Path> files = CsvFileResolver.resolve(csv.location());
        return files.stream().<SourceUnit>map(f -> new CsvFileUnit(f, csv)).toList();
    }

    /**
     * Reads CSV text from any stream with the options of {@code options} (its location is not used). The stream is
     * read from its current position and closed with the reader.
     *
     * @param name secret-free name used in messages, e.g. {@code s3://bucket/key.csv}
     * @throws dev.kimball.api.SourceException (SOURCE_READ_FAILED) when the stream cannot be read; it is closed then
     */
    public static RecordReader read(InputStream in, String name, CsvSource options) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(options, "options");
        return CsvRecordReader.open(in, name, options);
    }
}
