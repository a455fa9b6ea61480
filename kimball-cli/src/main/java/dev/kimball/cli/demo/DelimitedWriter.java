package dev.kimball.cli.demo;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes one delimited text file the way a particular exporting system would: its charset, delimiter, line ending
 * and optional byte-order mark. Fields are quoted only when they must be (RFC 4180, doubled quotes). A character
 * the charset cannot encode fails the write instead of silently becoming {@code ?}.
 */
final class DelimitedWriter implements Closeable {
    private final BufferedWriter out;
    private final char delimiter;
    private final String lineEnd;
    private int records;

    /** @throws IOException if the file cannot be created */
    DelimitedWriter(Path file, Charset charset, char delimiter, String lineEnd, boolean byteOrderMark) throws IOException {
        OutputStream stream = Files.newOutputStream(file);
        if (byteOrderMark) {
            stream.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        this.out = new BufferedWriter(new OutputStreamWriter(stream, charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        this.delimiter = delimiter;
        this.lineEnd = lineEnd;
    }

    /** A header or data record; data records are counted. */
    void header(String... fields) throws IOException {
        out.write(join(fields));
        out.write(lineEnd);
    }

    void record(String... fields) throws IOException {
        header(fields);
        records++;
    }

    /**
     * A record written exactly as given, for the deliberately broken ones (no quoting is applied, so an unquoted
     * delimiter or an unclosed quote reaches the file).
     */
    void rawRecord(String text) throws IOException {
        out.write(text);
        out.write(lineEnd);
        records++;
    }

    /** A line that is not a record: a preamble or a blank line. */
    void rawLine(String text) throws IOException {
        out.write(text);
        out.write(lineEnd);
    }

    /** Data records written so far. */
    int records() {
        return records;
    }

    String join(String... fields) {
        StringBuilder sb = new StringBuilder(fields.length * 12);
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                sb.append(delimiter);
            }
            sb.append(quoted(fields[i]));
        }
        return sb.toString();
    }

    private String quoted(String field) {
        if (field.indexOf(delimiter) < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
