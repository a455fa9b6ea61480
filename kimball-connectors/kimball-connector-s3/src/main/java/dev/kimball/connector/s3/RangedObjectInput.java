package dev.kimball.connector.s3;

import dev.kimball.spi.SeekableInput;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * Random access to an object by ranged GETs. Reads smaller than the read-ahead fetch a window of {@link #READ_AHEAD}
 * bytes and serve later reads from it; near the end the window is the object's tail, so a Parquet footer (8 bytes,
 * then the footer before them) costs one request. Larger reads go straight to the caller's buffer. Not thread-safe.
 */
final class RangedObjectInput implements SeekableInput {
    static final int READ_AHEAD = 64 * 1024;
    private static final int ATTEMPTS = 3;

    private final StoredObject object;
    private final byte[] window;
    private long windowStart;
    private int windowLength;
    private long requests;
    private long bytesFetched;
    private boolean closed;

    RangedObjectInput(StoredObject object, int readAhead) {
        this.object = object;
        this.window = new byte[readAhead];
    }

    @Override
    public long length() {
        return object.size();
    }

    /**
     * @throws EOFException                    when the range goes past the end of the object
     * @throws IOException                     when the bytes cannot be fetched after a few attempts
     * @throws dev.kimball.api.SourceException when the object was deleted or replaced since listing, or access fails
     */
    @Override
    public void readFully(long position, byte[] buffer, int offset, int len) throws IOException {
        if (closed) {
            throw new IOException("seekable input of " + object.name() + " is closed");
        }
        if (position < 0 || len < 0 || position + len > object.size()) {
            throw new EOFException("cannot read " + len + " bytes at " + position + " of " + object.name() + " (" + object.size() + " bytes)");
        }
        if (len == 0) {
            return;
        }
        if (position >= windowStart && position + len <= windowStart + windowLength) {
            System.arraycopy(window, (int) (position - windowStart), buffer, offset, len);
            return;
        }
        if (len >= window.length) {
            fetch(position, buffer, offset, len);
            return;
        }
        long start = Math.min(position, Math.max(0, object.size() - window.length));
        int n = (int) Math.min(window.length, object.size() - start);
        windowLength = 0; // invalid until the fetch succeeds
        fetch(start, window, 0, n);
        windowStart = start;
        windowLength = n;
        System.arraycopy(window, (int) (position - windowStart), buffer, offset, len);
    }

    private void fetch(long position, byte[] into, int offset, int len) throws IOException {
        IOException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            requests++;
            try (ResponseInputStream<GetObjectResponse> in = object.get(position, position + len - 1)) {
                int n = readAll(in, into, offset, len);
                bytesFetched += n;
                if (n == len) {
                    return;
                }
                last = new EOFException("got " + n + " of " + len + " bytes at " + position);
            } catch (IOException e) {
                last = e;
            }
        }
        throw new IOException("cannot read " + len + " bytes at " + position + " of " + object.name() + " after " + ATTEMPTS
                + " attempts: " + last.getMessage(), last);
    }

    private static int readAll(InputStream in, byte[] into, int offset, int len) throws IOException {
        int total = 0;
        while (total < len) {
            int n = in.read(into, offset + total, len - total);
            if (n < 0) {
                break;
            }
            total += n;
        }
        return total;
    }

    /** GET requests made so far. */
    long requests() {
        return requests;
    }

    /** Bytes received so far. */
    long bytesFetched() {
        return bytesFetched;
    }

    @Override
    public void close() {
        closed = true;
    }
}
