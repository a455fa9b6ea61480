package dev.kimball.api;

import java.nio.charset.Charset;
import java.util.Objects;
import java.util.Optional;

/**
 * CSV-family text files at any {@link Location} (a local file, directory or glob; an S3 prefix). Every option left
 * unset is detected from the data of each file; setting one fixes it. Immutable: each {@code with}-style method
 * returns a new source.
 */
public final class CsvSource implements FileSource {
    /** Pass to {@link #quote(char)} for files that use no quoting at all. */
    public static final char NO_QUOTE = '\0';

    private final Location location;
    private final Character delimiter;
    private final Character quote;
    private final Character escape;
    private final Boolean header;
    private final Charset encoding;
    private final Integer skipLines;

    private CsvSource(Location location, Character delimiter, Character quote, Character escape, Boolean header,
                      Charset encoding, Integer skipLines) {
        this.location = location;
        this.delimiter = delimiter;
        this.quote = quote;
        this.escape = escape;
        this.header = header;
        this.encoding = encoding;
        this.skipLines = skipLines;
    }

    static CsvSource of(Location location) {
        return new CsvSource(Objects.requireNonNull(location, "location"), null, null, null, null, null, null);
    }

    /** Where the files are: a file, directory or glob ({@link LocalLocation}), an object-store prefix... */
    @Override
    public Location location() {
        return location;
    }

    public Optional<Character> delimiter() {
        return Optional.ofNullable(delimiter);
    }

    public Optional<Character> quote() {
        return Optional.ofNullable(quote);
    }

    public Optional<Character> escape() {
        return Optional.ofNullable(escape);
    }

    public Optional<Boolean> header() {
        return Optional.ofNullable(header);
    }

    public Optional<Charset> encoding() {
        return Optional.ofNullable(encoding);
    }

    public Optional<Integer> skipLines() {
        return Optional.ofNullable(skipLines);
    }

    /** Field delimiter, e.g. {@code ','}, {@code ';'}, {@code '\t'}, {@code '|'}. */
    public CsvSource delimiter(char c) {
        if (c == '\n' || c == '\r' || c == NO_QUOTE) {
            throw new ConfigurationException("CSV_OPTION", "delimiter must not be a line break or NUL, got code point " + (int) c);
        }
        return new CsvSource(location, c, quote, escape, header, encoding, skipLines);
    }

    /** Quote character, or {@link #NO_QUOTE}. */
    public CsvSource quote(char c) {
        if (c == '\n' || c == '\r') {
            throw new ConfigurationException("CSV_OPTION", "quote must not be a line break");
        }
        return new CsvSource(location, delimiter, c, escape, header, encoding, skipLines);
    }

    /** Escape character inside quoted fields: the quote itself (doubling, the RFC 4180 default) or {@code '\\'}. */
    public CsvSource escape(char c) {
        return new CsvSource(location, delimiter, quote, c, header, encoding, skipLines);
    }

    /** Whether the first (non-preamble) line is a header. Without a header, columns are named {@code column_1...}. */
    public CsvSource header(boolean present) {
        return new CsvSource(location, delimiter, quote, escape, present, encoding, skipLines);
    }

    /** Text encoding; otherwise BOM, then UTF-8 validity, then Windows-1252 are tried in that order. */
    public CsvSource encoding(Charset charset) {
        Objects.requireNonNull(charset, "encoding");
        return new CsvSource(location, delimiter, quote, escape, header, charset, skipLines);
    }

    /** Number of preamble lines to skip before the header (or first record). */
    public CsvSource skipLines(int lines) {
        if (lines < 0) {
            throw new ConfigurationException("CSV_OPTION", "skipLines must not be negative, got " + lines);
        }
        return new CsvSource(location, delimiter, quote, escape, header, encoding, lines);
    }

    @Override
    public String describe() {
        return "csv:" + location.describe();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CsvSource s && location.equals(s.location) && Objects.equals(delimiter, s.delimiter)
                && Objects.equals(quote, s.quote) && Objects.equals(escape, s.escape) && Objects.equals(header, s.header)
                && Objects.equals(encoding, s.encoding) && Objects.equals(skipLines, s.skipLines);
    }

    @Override
    public int hashCode() {
        return Objects.hash(location, delimiter, quote, escape, header, encoding, skipLines);
    }

    @Override
    public String toString() {
        return "CsvSource[" + location.describe() + (delimiter != null ? ", delimiter=" + printable(delimiter) : "")
                + (quote != null ? ", quote=" + printable(quote) : "") + (escape != null ? ", escape=" + printable(escape) : "")
                + (header != null ? ", header=" + header : "") + (encoding != null ? ", encoding=" + encoding : "")
                + (skipLines != null ? ", skipLines=" + skipLines : "") + "]";
    }

    private static String printable(char c) {
        return switch (c) {
            case '\t' -> "\\t";
            case NO_QUOTE -> "none";
            default -> String.valueOf(c);
        };
    }
}
