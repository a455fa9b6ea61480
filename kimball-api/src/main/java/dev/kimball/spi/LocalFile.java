package dev.kimball.spi;

import dev.kimball.api.SourceException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** A {@link StoredFile} on the local file system. */
final class LocalFile implements StoredFile {
    private final Path path;

    LocalFile(Path path) {
        this.path = path.toAbsolutePath().normalize();
    }

    @Override
    public String name() {
        return path.toString();
    }

    @Override
    public String fileName() {
        Path f = path.getFileName();
        return f == null ? path.toString() : f.toString();
    }

    @Override
    public long size() {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public String version() {
        try {
            return Files.size(path) + "@" + Files.getLastModifiedTime(path).toMillis();
        } catch (IOException e) {
            return ""; // unknown: an incremental load reads the file
        }
    }

    @Override
    public InputStream open() {
        try {
            return Files.newInputStream(path);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public SeekableInput openSeekable() {
        try {
            FileChannel ch = FileChannel.open(path, StandardOpenOption.READ);
            return new SeekableInput() {
                @Override
                public long length() throws IOException {
                    return ch.size();
                }

                @Override
                public void readFully(long position, byte[] buffer, int offset, int len) throws IOException {
                    ByteBuffer b = ByteBuffer.wrap(buffer, offset, len);
                    long pos = position;
                    while (b.hasRemaining()) {
                        int n = ch.read(b, pos);
                        if (n < 0) {
                            throw new EOFException("end of " + path + " at byte " + pos + " reading " + len + " bytes at " + position);
                        }
                        pos += n;
                    }
                }

                @Override
                public void close() throws IOException {
                    ch.close();
                }
            };
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private SourceException failure(IOException e) {
        if (e instanceof NoSuchFileException) {
            return new SourceException("SOURCE_NOT_FOUND", "file " + path + " does not exist (any more)", e);
        }
        return new SourceException("SOURCE_READ_FAILED", "cannot read " + path + ": " + e.getMessage(), e);
    }

    @Override
    public String toString() {
        return "StoredFile[" + path + "]";
    }
}
