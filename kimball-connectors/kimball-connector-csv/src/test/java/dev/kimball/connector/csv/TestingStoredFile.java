package dev.kimball.connector.csv;

import dev.kimball.spi.SeekableInput;
import dev.kimball.spi.StoredFile;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.InputStream;

/** A stored file held in memory, standing for an object of a storage other than the local disk. */
final class TestingStoredFile implements StoredFile {
    private final String name;
    private final byte[] bytes;

    TestingStoredFile(String name, byte[] bytes) {
        this.name = name;
        this.bytes = bytes.clone();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String fileName() {
        return name.substring(name.lastIndexOf('/') + 1);
    }

    @Override
    public long size() {
        return bytes.length;
    }

    @Override
    public String version() {
        return Integer.toHexString(java.util.Arrays.hashCode(bytes));
    }

    @Override
    public InputStream open() {
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public SeekableInput openSeekable() {
        return new SeekableInput() {
            @Override
            public long length() {
                return bytes.length;
            }

            @Override
            public void readFully(long position, byte[] buffer, int offset, int len) throws EOFException {
                if (position < 0 || position + len > bytes.length) {
                    throw new EOFException(name + " has " + bytes.length + " bytes, asked for " + len + " at " + position);
                }
                System.arraycopy(bytes, (int) position, buffer, offset, len);
            }

            @Override
            public void close() {
            }
        };
    }
}
