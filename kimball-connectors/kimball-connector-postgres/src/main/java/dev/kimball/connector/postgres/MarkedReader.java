package dev.kimball.connector.postgres;

import dev.kimball.spi.RecordReader;
import dev.kimball.spi.SourceRecord;
import dev.kimball.spi.TextRows;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A table reader that, when it reaches its end, reads the high-water mark in its snapshot and then tells the table's
 * {@link SharedSnapshot} (if any) that it is done.
 */
final class MarkedReader implements RecordReader {
    private final RecordReader reader;
    private final Supplier<String> markAtEnd;
    private final Runnable atEnd;
    private String mark;
    private boolean ended;

    /**
     * @param markAtEnd reads the greatest cursor value in the snapshot past the lower bound (null when none, or without
     *                  a cursor); may throw a {@link dev.kimball.api.SourceException}
     * @param atEnd     run once after the mark was read
     */
    MarkedReader(RecordReader reader, Supplier<String> markAtEnd, Runnable atEnd) {
        this.reader = reader;
        this.markAtEnd = markAtEnd;
        this.atEnd = atEnd;
    }

    @Override
    public List<String> header() {
        return reader.header();
    }

    @Override
    public SourceRecord next() {
        SourceRecord r = reader.next();
        if (r == null) {
            ended();
        }
        return r;
    }

    @Override
    public int readText(TextRows rows, int maxRows, List<SourceRecord> rejects, int maxRejects) {
        int n = reader.readText(rows, maxRows, rejects, maxRejects);
        if (n == 0) {
            ended();
        }
        return n;
    }

    private void ended() {
        if (!ended) {
            ended = true;
            mark = markAtEnd.get();
            atEnd.run();
        }
    }

    @Override
    public long bytesRead() {
        return reader.bytesRead();
    }

    @Override
    public String encoding() {
        return reader.encoding();
    }

    @Override
    public String dialect() {
        return reader.dialect();
    }

    @Override
    public Optional<String> cursorMark() {
        return ended ? Optional.ofNullable(mark) : Optional.empty();
    }

    @Override
    public void close() {
        reader.close();
    }

    @Override
    public String toString() {
        return reader.toString();
    }
}
