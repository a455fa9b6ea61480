package dev.kimball.spi;

/** One readable part of a source: a file, an object, a table. Units of one source may be read in parallel. */
public interface SourceUnit {
    /** Full, secret-free name used for lineage and error messages, e.g. the absolute file path. */
    String name();

    /** The base for the bronze table name, e.g. the file name without extension. */
    String tableHint();

    /** Size in bytes, or -1 when unknown. */
    long sizeBytes();

    /**
     * A value that changes when the unit's content changes (a file's size and modification time, an S3 ETag), or empty
     * when unknown; an incremental load skips a unit whose version equals the one of its last successful load.
     */
    default String version() {
        return "";
    }

    /** Opens a reader; the caller closes it. */
    RecordReader open();

    /**
     * The unit of a file that holds one table: named after the file ({@code sales.csv.gz} -> table hint {@code sales}),
     * with the file's size and version, read by {@code reader} (called once per {@link #open()}).
     */
    static SourceUnit ofFile(StoredFile file, java.util.function.Supplier<RecordReader> reader) {
        return new FileUnit(file, reader);
    }

    /** The table hint {@link #ofFile} gives a file name: without a compression suffix and its last extension. */
    static String baseName(String fileName) {
        return FileUnit.baseName(fileName);
    }
}
