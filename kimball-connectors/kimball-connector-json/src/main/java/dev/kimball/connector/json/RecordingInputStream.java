package dev.kimball.connector.json;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Keeps the bytes that passed through since the start of the current object, so an object of a JSON array that is
 * rejected can be given with its raw text. At most {@link #MAX} bytes are kept per object; a longer object's raw text
 * is cut. Positions are byte offsets from the start of the stream, as the parser reports them.
 */
final class RecordingInputStream extends FilterInputStream {
    static final int MAX = 1 << 20;

    private byte[] kept = new byte[16 * 1024];
    private long keptStart;
    private int keptLength;
    private long position;
    private boolean gap;

    RecordingInputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            keep(new byte[] {(byte) b}, 0, 1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n > 0) {
            keep(b, off, n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] tmp = new byte[(int) Math.min(n, 8192)];
        int r = read(tmp, 0, tmp.length);
        return Math.max(r, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** Drops what came before {@code offset}, the start of the next object. */
    void startAt(long offset) {
        if (gap) {
            // bytes after the cut were not kept, the start of this object among them
            gap = false;
            keptStart = position;
            keptLength = 0;
            return;
        }
        int drop = (int) Math.max(0, Math.min(keptLength, offset - keptStart));
        System.arraycopy(kept, drop, kept, 0, keptLength - drop);
        keptStart += drop;
        keptLength -= drop;
    }

    /** The kept text between two offsets; marked as cut where bytes were not kept. */
    String text(long from, long to) {
        long a = Math.max(from, keptStart);
        long b = Math.min(to, keptStart + keptLength);
        String s = b <= a ? "" : new String(kept, (int) (a - keptStart), (int) (b - a), StandardCharsets.UTF_8);
        return a > from || b < to ? s + " ... (cut: at most " + (MAX >> 10) + " KiB of an object are kept)" : s;
    }

    private void keep(byte[] b, int off, int n) {
        if (!gap) {
            int k = Math.min(n, Math.max(MAX + 64 * 1024 - keptLength, 0));
            if (keptLength + k > kept.length) {
                kept = Arrays.copyOf(kept, Math.max(keptLength + k, kept.length * 2));
            }
            System.arraycopy(b, off, kept, keptLength, k);
            keptLength += k;
            gap = k < n;
        }
        position += n;
    }
}
