package dev.kimball.connector.csv;

import dev.kimball.api.CsvSource;
import dev.kimball.api.FileSource;
import dev.kimball.api.Source;
import dev.kimball.api.Sources;
import dev.kimball.spi.FormatProvider;
import dev.kimball.spi.SourceUnit;
import dev.kimball.spi.StoredFile;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The CSV format: one {@link SourceUnit} per file, whatever storage it lives in (the engine lists the files).
 * Registered for {@link java.util.ServiceLoader} in {@code META-INF/services/dev.kimball.spi.FormatProvider}.
 * Each unit's reader detects encoding and dialect of its own file unless the {@link CsvSource} sets them; a file of
 * a source that is not a {@link CsvSource} (any-format files chosen by extension) is read with every option detected.
 */
public final class CsvFormatProvider implements FormatProvider {
    private static final Set<String> EXTENSIONS = Set.of("csv", "tsv", "txt", "psv", "tab", "dat");

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public Set<String> extensions() {
        return EXTENSIONS;
    }

    @Override
    public boolean accepts(Source source) {
        return source instanceof CsvSource;
    }

    /** Cheap: nothing is read until the unit is opened. */
    @Override
    public List<SourceUnit> units(StoredFile file, Source source) {
        Objects.requireNonNull(file, "file");
        CsvSource options = source instanceof CsvSource csv ? csv
                : source instanceof FileSource fs ? Sources.csv(fs.location()) : Sources.csv(file.name());
        return List.of(SourceUnit.ofFile(file, () -> CsvRecordReader.open(file.open(), file.name(), options)));
    }

    /** File name without its extension(s): {@code sales.csv.gz} becomes {@code sales}, {@code v1.2.csv} becomes {@code v1.2}. */
    static String tableHint(String fileName) {
        return SourceUnit.baseName(fileName);
    }

    @Override
    public String toString() {
        return "CsvFormatProvider";
    }
}
