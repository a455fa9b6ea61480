package dev.kimball.spi;

import dev.kimball.api.Source;
import java.util.List;
import java.util.Set;

/**
 * A file format (CSV, Excel, Parquet, JSON lines...): turns one {@link StoredFile} into one or more units (an Excel
 * workbook gives one unit per sheet). Storage (local, S3) is not its concern: the engine lists files with a
 * {@link StorageProvider} and hands each to the format that accepts the source and the file.
 * Registered in {@code META-INF/services/dev.kimball.spi.FormatProvider}.
 */
public interface FormatProvider {
    /** Short name, e.g. {@code parquet}. */
    String name();

    /** File name extensions (lower case, without dot) this format reads when a source does not name its format. */
    Set<String> extensions();

    /** Whether this format reads files of this source (e.g. {@code source instanceof ParquetSource}). */
    boolean accepts(Source source);

    /**
     * The units of one file. Cheap where possible; a format that must open the file to list its parts (sheets) does so.
     *
     * @throws dev.kimball.api.SourceException when the file is not of this format, naming the file and what was expected
     */
    List<SourceUnit> units(StoredFile file, Source source);
}
