package dev.kimball.connector.parquet;

import dev.kimball.api.FilesSource;
import dev.kimball.api.ParquetSource;
import dev.kimball.api.Source;
import dev.kimball.spi.FormatProvider;
import dev.kimball.spi.SourceUnit;
import dev.kimball.spi.StoredFile;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The Parquet format: one unit per file, read through {@link StoredFile#openSeekable()} (positioned reads locally,
 * ranged GETs on S3). Every primitive and logical type becomes a string as {@link ValueFormats} lists; groups, lists
 * and maps become JSON text. The header is the schema's top-level field names.
 */
public final class ParquetFormatProvider implements FormatProvider {
    private static final Set<String> EXTENSIONS = Set.of("parquet", "parq");

    @Override
    public String name() {
        return "parquet";
    }

    @Override
    public Set<String> extensions() {
        return EXTENSIONS;
    }

    /** Parquet sources, and any-format sources (the engine hands those over by extension). */
    @Override
    public boolean accepts(Source source) {
        return source instanceof ParquetSource || source instanceof FilesSource;
    }

    /**
     * One unit for the file; nothing is read until the unit is opened (a file that is not Parquet fails then, with
     * SOURCE_FORMAT naming it).
     *
     * @throws IllegalArgumentException when this format does not accept {@code source}
     */
    @Override
    public List<SourceUnit> units(StoredFile file, Source source) {
        Objects.requireNonNull(file, "file");
        if (!accepts(source)) {
            throw new IllegalArgumentException("the parquet format reads ParquetSource or FilesSource, got "
                    + (source == null ? "null" : source.describe()));
        }
        return List.of(SourceUnit.ofFile(file, () -> ParquetRowReader.open(file.name(), file.openSeekable())));
    }

    @Override
    public String toString() {
        return "ParquetFormatProvider";
    }
}
