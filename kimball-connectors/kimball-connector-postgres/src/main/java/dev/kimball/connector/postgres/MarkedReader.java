package dev.kimball.connector.postgres;

import dev.kimball.spi.RecordReader;
import dev.kimball.spi.SourceRecord;
import java.util.List;
import java.util.Optional;

/**
 * A table reader with the high-water mark read in its snapshot, telling the table's {@link SharedSnapshot} (if any)
 * when it reached its end.
 */
final class MarkedReader implements RecordReader {
    private final RecordReader reader;
    private final String mark;
    private final Runnable atEnd;
    private boolean ended;

    /** @param mark the greatest cursor value in the snapshot past the lower bound, or null */
    MarkedReader(RecordReader reader, String mark, Runnable atEnd) {
        this.reader = reader;
        this.mark = mark;
        this.atEnd = atEnd;
    }

    @Override
    public List<String> header() {
        return reader.header();
    }

    @Override
    public SourceRecord next() {
        SourceRecord r = reader.next();
        if (r == null && !ended) {
            ended = true;
            atEnd.run();
        }
        return r;
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
