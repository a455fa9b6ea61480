package dev.kimball.spi;

import java.util.List;
import java.util.Optional;

/**
 * Streams the records of one {@link SourceUnit} with bounded memory. Every value is a string ({@code null} for
 * a missing value); every record is either a row with exactly {@code header().size()} values or a reject
 * with its raw text and reason. Not thread-safe.
 */
public interface RecordReader extends AutoCloseable {
    /**
     * The column names exactly as in the source (may be empty strings or duplicates). For a source without a
     * header, generated names {@code column_1, column_2, ...}.
     */
    List<String> header();

    /** The next record, or {@code null} at the end. */
    SourceRecord next();

    /**
     * Optional fast path for text sources: reads records until {@code rows} holds {@code maxRows} rows, or
     * {@code maxRejects} rejects were added to {@code rejects}, or the input ends. Rows are appended to {@code rows}
     * ({@link TextRows#width()} = {@code header().size()} values, numbered by their line) and rejects to
     * {@code rejects}, exactly as {@link #next()} would return them. Returns the number of records read (0 at the
     * end), or -1 when the reader has no such path (the default): then use {@link #next()}. The two may be mixed.
     * Call it with room for at least one more row and one more reject.
     */
    default int readText(TextRows rows, int maxRows, java.util.List<SourceRecord> rejects, int maxRejects) {
        return -1;
    }

    /** Source bytes consumed so far (for progress). */
    long bytesRead();

    /** The encoding used and why, e.g. {@code UTF-8}, {@code UTF-16LE (BOM)}, {@code windows-1252 (not valid UTF-8)}. */
    String encoding();

    /** How the unit is parsed, e.g. {@code delimiter=',' quote='"' escape=doubled header=true}; empty for non-text sources. */
    String dialect();

    /** Control characters removed from values so far. */
    default long controlCharsRemoved() {
        return 0;
    }

    /**
     * For a reader opened with {@link SourceUnit#openAfter}, once it reached its end: the high-water mark for the next
     * incremental load, i.e. the greatest cursor value of what was read, as exact text in the source's own form (units
     * of one table read in one snapshot all report the table's mark). Empty when nothing had a cursor value past the
     * mark, or for a reader without a cursor.
     */
    default Optional<String> cursorMark() {
        return Optional.empty();
    }

    @Override
    void close();
}
