package dev.kimball.spi;

import java.util.Optional;

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
     * The column (or field) whose growing values mark new records, when this unit can be read incrementally by it
     * ({@link #openAfter}); empty otherwise. Units of one table report the same cursor.
     */
    default Optional<String> cursor() {
        return Optional.empty();
    }

    /**
     * Opens a reader of the records whose {@link #cursor()} value is greater than {@code after} (compared as the source
     * compares values of the column's type), or of every record when {@code after} is null. After the reader reached its
     * end, its {@link RecordReader#cursorMark()} is the mark to pass to the next incremental load. Records whose cursor
     * is null are read only when {@code after} is null. The caller closes the reader.
     *
     * @throws UnsupportedOperationException when {@code after} is not null and the unit has no {@link #cursor()}
     */
    default RecordReader openAfter(String after) {
        if (after == null) {
            return open();
        }
        throw new UnsupportedOperationException(name() + " has no cursor column; it cannot be read after a mark");
    }

    /**
     * Called once by the engine when the load that planned this unit ends, whether the unit was read, failed or was
     * never opened: frees what units of one source share, e.g. a database snapshot held open so that the key ranges of
     * a table read the same rows. Readers still open keep working. Idempotent; by default nothing to free.
     */
    default void release() {
    }

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
