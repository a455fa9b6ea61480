package dev.kimball.connector.s3;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * The bytes of one object from the start, streamed (never held whole). A connection that breaks or ends early is
 * resumed from the current offset with a ranged GET of the same ETag, a few times, so a multi-gigabyte object survives a
 * reset. Closing before the end aborts the connection instead of draining the rest. Not thread-safe.
 */
final class ObjectStream extends InputStream {
    static final int MAX_RESUMES = 3;

    private final StoredObject object;
    private ResponseInputStream<GetObjectResponse> in;
    private long position;
    private int resumes;
    private boolean closed;

    ObjectStream(StoredObject object) {
        this.object = object;
        this.in = object.get(0, -1);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    /**
     * @throws IOException                           when the object cannot be read after {@value #MAX_RESUMES} resumes
     * @throws dev.kimball.api.SourceException when a resume finds the object deleted or replaced
     */
    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (closed) {
            throw new IOException("stream of " + object.name() + " is closed");
        }
        if (len == 0) {
            return 0;
        }
        while (true) {
            try {
                int n = in.read(b, off, len);
                if (n > 0) {
                    position += n;
                    return n;
                }
                if (n < 0 && (object.size() < 0 || position >= object.size())) {
                    return -1;
                }
                resume(new EOFException("connection ended at byte " + position + " of " + object.size()));
            } catch (IOException e) {
                resume(e);
            }
        }
    }

    private void resume(IOException cause) throws IOException {
        if (++resumes > MAX_RESUMES) {
            throw new IOException("reading " + object.name() + " failed at byte " + position + " after " + MAX_RESUMES
                    + " resumed connections: " + cause.getMessage(), cause);
        }
        in.abort();
        closeQuietly(in);
        in = object.get(position, -1);
    }

    /** Bytes delivered so far. */
    long position() {
        return position;
    }

    /** Connections resumed so far. */
    int resumes() {
        return resumes;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (object.size() < 0 || position < object.size()) {
            in.abort(); // do not download the rest of a large object just to close it
        }
        closeQuietly(in);
    }

    private static void closeQuietly(InputStream s) {
        try {
            s.close();
        } catch (IOException e) {
            // the connection is being discarded; nothing more to read from it
        }
    }
}
