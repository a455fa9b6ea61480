package dev.kimball.spi;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * One file of a storage (a local file, an S3 object), as listed by a {@link StorageProvider}. Opening happens when
 * a load reads it; each open returns a fresh stream.
 */
public interface StoredFile {
    /** Full, secret-free name used for lineage and messages: an absolute path or {@code s3://bucket/key}. */
    String name();

    /** The last segment of the name, e.g. {@code sales_2024.csv}. */
    String fileName();

    /** Size in bytes, or -1 when unknown. */
    long size();

    /** A value that changes when the content changes (size + modification time, or an ETag), for incremental loads. */
    String version();

    /**
     * A sequential stream from the first byte; the caller closes it.
     *
     * @throws dev.kimball.api.SourceException when the file vanished or cannot be read
     */
    InputStream open();

    /**
     * Random access to the bytes; the caller closes it.
     *
     * @throws dev.kimball.api.SourceException when the file vanished or cannot be read
     */
    SeekableInput openSeekable();

    /** A local file (for tests, and for the local storage). */
    static StoredFile local(Path path) {
        return new LocalFile(path);
    }
}
