package dev.kimball.spi;

import java.util.List;

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

    @Override
    void close();
}
