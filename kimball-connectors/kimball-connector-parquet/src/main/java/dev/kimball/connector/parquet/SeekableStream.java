package dev.kimball.connector.parquet;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.parquet.io.SeekableInputStream;

/**
 * A {@link SeekableInputStream} over {@link StoredInputFile}'s positioned reads. Parquet reads column chunks in large
 * {@code readFully} calls, which go straight to the storage (one ranged GET each on S3); small reads (footer length,
 * footer, small column chunks) are served from a 64 KiB buffer so they do not become one request each.
 */
final class SeekableStream extends SeekableInputStream {
    private static final int BUFFER = 64 * 1024;

    private final StoredInputFile file;
    private final byte[] buffer = new byte[BUFFER];
    private long bufferStart;
    private int bufferLength;
    private long position;

    SeekableStream(StoredInputFile file) {
        this.file = file;
    }

    @Override
    public long getPos() {
        return position;
    }

    @Override
    public void seek(long newPos) throws IOException {
        if (newPos < 0 || newPos > file.length()) {
            throw new EOFException("seek to " + newPos + " outside a file of " + file.length() + " bytes");
        }
        position = newPos;
    }

    @Override
    public int read() throws IOException {
        if (position >= file.length()) {
            return -1;
        }
        if (!inBuffer(position)) {
            fill(position);
        }
        file.delivered(1);
        return buffer[(int) (position++ - bufferStart)] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        long left = file.length() - position;
        if (left <= 0) {
            return -1;
        }
        int n = (int) Math.min(len, left);
        copy(b, off, n);
        return n;
    }

    @Override
    public long skip(long n) {
        long skipped = Math.max(0, Math.min(n, file.length() - position));
        position += skipped;
        return skipped;
    }

    @Override
    public int available() {
        return (int) Math.min(Integer.MAX_VALUE, file.length() - position);
    }

    @Override
    public void readFully(byte[] bytes) throws IOException {
        readFully(bytes, 0, bytes.length);
    }

    @Override
    public void readFully(byte[] bytes, int start, int len) throws IOException {
        if (len > file.length() - position) {
            throw new EOFException("reading " + len + " bytes at " + position + " past the end of a file of " + file.length() + " bytes");
        }
        copy(bytes, start, len);
    }

    @Override
    public int read(ByteBuffer buf) throws IOException {
        long left = file.length() - position;
        if (!buf.hasRemaining()) {
            return 0;
        }
        if (left <= 0) {
            return -1;
        }
        int n = (int) Math.min(buf.remaining(), left);
        put(buf, n);
        return n;
    }

    @Override
    public void readFully(ByteBuffer buf) throws IOException {
        int n = buf.remaining();
        if (n > file.length() - position) {
            throw new EOFException("reading " + n + " bytes at " + position + " past the end of a file of " + file.length() + " bytes");
        }
        put(buf, n);
    }

    @Override
    public void close() {
        // the input belongs to StoredInputFile, which closes it once reading is done
    }

    private void put(ByteBuffer buf, int n) throws IOException {
        if (buf.hasArray()) {
            copy(buf.array(), buf.arrayOffset() + buf.position(), n);
            buf.position(buf.position() + n);
        } else {
            byte[] tmp = new byte[Math.min(n, 1 << 20)];
            for (int left = n; left > 0; ) {
                int k = Math.min(left, tmp.length);
                copy(tmp, 0, k);
                buf.put(tmp, 0, k);
                left -= k;
            }
        }
    }

    /** Copies exactly {@code n} bytes (known to exist) at the current position. */
    private void copy(byte[] b, int off, int n) throws IOException {
        file.delivered(n);
        int done = 0;
        if (inBuffer(position)) {
            int k = (int) Math.min(n, bufferStart + bufferLength - position);
            System.arraycopy(buffer, (int) (position - bufferStart), b, off, k);
            done = k;
            position += k;
        }
        int rest = n - done;
        if (rest == 0) {
            return;
        }
        if (rest >= BUFFER) {
            file.readFully(position, b, off + done, rest);
            position += rest;
            return;
        }
        fill(position);
        System.arraycopy(buffer, (int) (position - bufferStart), b, off + done, rest);
        position += rest;
    }

    private boolean inBuffer(long pos) {
        return pos >= bufferStart && pos < bufferStart + bufferLength;
    }

    /**
     * Buffers the window holding {@code pos}; near the end of the file the window ends at the end, so the footer
     * length, the footer and the last pages come with the same request.
     */
    private void fill(long pos) throws IOException {
        long start = Math.max(0, Math.min(pos, file.length() - BUFFER));
        int n = (int) Math.min(BUFFER, file.length() - start);
        bufferLength = 0;
        file.readFully(start, buffer, 0, n);
        bufferStart = start;
        bufferLength = n;
    }
}
