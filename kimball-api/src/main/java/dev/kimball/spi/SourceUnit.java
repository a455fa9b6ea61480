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
}
