package dev.kimball.connector.csv;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes the decoder has pulled, for {@code RecordReader.bytesRead()} progress. */
final class CountingInputStream extends FilterInputStream {
    private long count;

    CountingInputStream(InputStream in, long alreadyConsumed) {
        super(in);
        this.count = alreadyConsumed;
    }

    long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count++;
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count += skipped;
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
