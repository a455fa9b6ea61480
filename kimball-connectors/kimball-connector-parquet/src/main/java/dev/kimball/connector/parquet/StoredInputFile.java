package dev.kimball.connector.parquet;

import dev.kimball.spi.SeekableInput;
import java.io.IOException;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.SeekableInputStream;

/**
 * Parquet's {@link InputFile} over a {@link SeekableInput}, so a local file (positioned reads) and an S3 object
 * (ranged GETs) are read the same way, without a Hadoop FileSystem. Owns the input: streams opened from it share it
 * and do not close it; {@link #close()} does.
 */
final class StoredInputFile implements InputFile, AutoCloseable {
    private final SeekableInput input;
    private final long length;
    private long delivered;
    private long fetched;

    StoredInputFile(SeekableInput input) throws IOException {
        this.input = input;
        this.length = input.length();
    }

    @Override
    public long getLength() {
        return length;
    }

    @Override
    public SeekableInputStream newStream() {
        return new SeekableStream(this);
    }

    long length() {
        return length;
    }

    /**
     * Bytes handed to Parquet so far, at most the file's length (the footer is read twice and read-ahead overlaps, so
     * for progress this is the better measure than the bytes fetched).
     */
    long bytesRead() {
        return Math.min(delivered, length);
    }

    /** Bytes fetched from the storage so far, read-ahead included. */
    long bytesFetched() {
        return fetched;
    }

    void delivered(int n) {
        delivered += n;
    }

    void readFully(long position, byte[] buffer, int offset, int len) throws IOException {
        input.readFully(position, buffer, offset, len);
        fetched += len;
    }

    @Override
    public void close() throws IOException {
        input.close();
    }
}
