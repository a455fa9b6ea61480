package dev.kimball.spi;

import java.io.IOException;

/**
 * Random access to a stored file's bytes (Parquet footers, the zip directory of an .xlsx), for local files a
 * positioned read, for object stores a ranged GET. Not thread-safe.
 */
public interface SeekableInput extends AutoCloseable {
    /** Total length in bytes. */
    long length() throws IOException;

    /** Reads exactly {@code len} bytes at {@code position} into {@code buffer}, or throws {@link java.io.EOFException}. */
    void readFully(long position, byte[] buffer, int offset, int len) throws IOException;

    @Override
    void close() throws IOException;
}
