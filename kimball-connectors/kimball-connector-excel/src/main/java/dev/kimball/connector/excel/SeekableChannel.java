package dev.kimball.connector.excel;

import dev.kimball.spi.SeekableInput;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;

/**
 * A read-only {@link SeekableByteChannel} over a {@link SeekableInput}, with one cached block: a zip reader makes
 * many small reads near each other (it scans backwards for the end of the central directory), which must not each
 * become a ranged GET on an object store. Closing the channel closes the input.
 */
final class SeekableChannel implements SeekableByteChannel {
    private static final int BLOCK = 64 * 1024;

    private final SeekableInput in;
    private final long length;
    private final byte[] block = new byte[BLOCK];
    private long blockStart = -1;
    private int blockLength;
    private long position;
    private boolean open = true;

    SeekableChannel(SeekableInput in) throws IOException {
        this.in = in;
        this.length = in.length();
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        ensureOpen();
        if (position >= length) {
            return -1;
        }
        int n = (int) Math.min(dst.remaining(), length - position);
        if (n == 0) {
            return 0;
        }
        if (n > BLOCK) {
            byte[] direct = new byte[n];
            in.readFully(position, direct, 0, n);
            dst.put(direct);
        } else {
            if (blockStart < 0 || position < blockStart || position + n > blockStart + blockLength) {
                load(position, n);
            }
            dst.put(block, (int) (position - blockStart), n);
        }
        position += n;
        return n;
    }

    private void load(long pos, int n) throws IOException {
        boolean backwards = blockStart >= 0 && pos < blockStart;
        long start = backwards ? Math.max(0, pos + n - BLOCK) : pos;
        start = Math.max(0, Math.min(start, length - BLOCK));
        blockLength = (int) Math.min(BLOCK, length - start);
        in.readFully(start, block, 0, blockLength);
        blockStart = start;
    }

    @Override
    public int write(ByteBuffer src) {
        throw new NonWritableChannelException();
    }

    @Override
    public long position() throws IOException {
        ensureOpen();
        return position;
    }

    @Override
    public SeekableByteChannel position(long newPosition) throws IOException {
        ensureOpen();
        if (newPosition < 0) {
            throw new IllegalArgumentException("negative position " + newPosition);
        }
        position = newPosition;
        return this;
    }

    @Override
    public long size() throws IOException {
        ensureOpen();
        return length;
    }

    @Override
    public SeekableByteChannel truncate(long size) {
        throw new NonWritableChannelException();
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() throws IOException {
        if (open) {
            open = false;
            in.close();
        }
    }

    private void ensureOpen() throws IOException {
        if (!open) {
            throw new ClosedChannelException();
        }
    }
}
