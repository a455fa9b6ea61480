package dev.kimball.connector.csv;

import dev.kimball.api.CsvSource;
import dev.kimball.api.SourceException;
import dev.kimball.spi.RecordReader;
import dev.kimball.spi.SourceRecord;
import dev.kimball.spi.TextRows;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one CSV text stream: detects encoding and dialect from its first bytes, then streams records.
 * Works on any {@link InputStream} (local file today, an object store later); the stream is closed with the reader.
 *
 * <p>Field-count rule, with N = {@code header().size()}:
 * <ul>
 *   <li>N fields: a row.</li>
 *   <li>More than N: if every extra field is empty and unquoted (trailing delimiters), they are dropped and it is a
 *       row; otherwise a reject "expected N fields, found M".</li>
 *   <li>Fewer than N: padded with {@code null} when short rows are the file's convention (see {@link TableLayout}),
 *       otherwise a reject.</li>
 *   <li>A rejected record that a quoted field had stretched over several lines is rejected with its first line only,
 *       and reading restarts at its second line (a stray quote must not swallow the rows after it).</li>
 * </ul>
 * Empty lines are skipped, and so are comment lines ({@code # ...}) when the sample had some. Values keep their text exactly (quotes removed, escapes resolved) except that control
 * characters (C0 but tab, CR, LF; DEL; C1; NUL) are removed and counted, in the header too. Not thread-safe.
 */
final class CsvRecordReader implements RecordReader {
    private final String name;
    private final TextInput text;
    private final CsvDialect dialect;
    private final CsvTokenizer tok;
    private final List<String> header;
    private final int width;
    private SourceRecord pending;

    private CsvRecordReader(String name, TextInput text, CsvDialect dialect) {
        this.name = name;
        this.text = text;
        this.dialect = dialect;
        this.tok = new CsvTokenizer(text.reader(), dialect.syntax());
        tok.skipLines(dialect.skipLines());
        this.header = dialect.header() ? readHeader() : generatedHeader(dialect.columns());
        this.width = header.size();
    }

    /**
     * Opens a reader on {@code in}, named {@code name} in messages.
     *
     * @throws SourceException (SOURCE_READ_FAILED) when the stream cannot be read; the stream is closed then
     */
    static CsvRecordReader open(InputStream in, String name, CsvSource options) {
        try {
            TextInput text = TextInput.open(in, options.encoding().orElse(null));
            String sample = text.sampleText(DialectDetector.SAMPLE_CHARS + 1);
            CsvDialect dialect = DialectDetector.detect(sample, text.sampleIsWholeInput(), options);
            return new CsvRecordReader(name, text, dialect);
        } catch (IOException | UncheckedIOException e) {
            closeQuietly(in, e);
            throw new SourceException("SOURCE_READ_FAILED", "cannot read " + name + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(in, e);
            throw e;
        }
    }

    private List<String> readHeader() {
        while (tok.next()) {
            if (tok.blank() || dialect.comments() && tok.isComment()) {
                continue;
            }
            if (tok.error() != null) {
                pending = SourceRecord.reject(tok.line(), tok.raw(), "header: " + tok.error());
                return generatedHeader(dialect.columns());
            }
            int n = tok.fieldCount();
            if (dialect.trailingDelimiter() && n > 1 && tok.fieldIsBareEmpty(n - 1)) {
                n--;
            }
            List<String> names = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                names.add(tok.field(i));
            }
            return List.copyOf(names);
        }
        return List.of();
    }

    private static List<String> generatedHeader(int n) {
        List<String> names = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            names.add("column_" + i);
        }
        return List.copyOf(names);
    }

    @Override
    public List<String> header() {
        return header;
    }

    /**
     * @throws SourceException (SOURCE_READ_FAILED) when the underlying stream fails
     */
    @Override
    public SourceRecord next() {
        if (pending != null) {
            SourceRecord r = pending;
            pending = null;
            return r;
        }
        try {
            while (tok.next()) {
                if (tok.blank() || dialect.comments() && tok.isComment()) {
                    continue;
                }
                if (tok.error() != null) {
                    return SourceRecord.reject(tok.line(), tok.raw(), tok.error() + "; reading restarted at line " + tok.currentLine());
                }
                return record();
            }
            return null;
        } catch (UncheckedIOException e) {
            throw new SourceException("SOURCE_READ_FAILED", "reading " + name + " failed after line " + tok.currentLine()
                    + ": " + e.getCause().getMessage(), e);
        }
    }

    /**
     * Reads straight into {@code rows}: each value's UTF-8 bytes are encoded from the tokenizer's buffer into the
     * batch, with no String, array or record per row (see {@link TextRows}).
     *
     * @throws SourceException (SOURCE_READ_FAILED) when the underlying stream fails
     */
    @Override
    public int readText(TextRows rows, int maxRows, List<SourceRecord> rejects, int maxRejects) {
        int read = 0;
        if (pending != null) {
            rejects.add(pending);
            pending = null;
            read++;
        }
        try {
            while (rows.size() < maxRows && rejects.size() < maxRejects && tok.next()) {
                if (tok.blank() || dialect.comments() && tok.isComment()) {
                    continue;
                }
                read++;
                if (tok.error() != null) {
                    rejects.add(SourceRecord.reject(tok.line(), tok.raw(), tok.error() + "; reading restarted at line " + tok.currentLine()));
                    continue;
                }
                SourceRecord misfit = misfit();
                if (misfit != null) {
                    rejects.add(misfit);
                    continue;
                }
                int m = Math.min(tok.fieldCount(), width);
                for (int i = 0; i < m; i++) {
                    tok.appendUtf8(i, rows);
                }
                rows.endRow(tok.line()); // a short row's missing values are null
            }
            return read;
        } catch (UncheckedIOException e) {
            throw new SourceException("SOURCE_READ_FAILED", "reading " + name + " failed after line " + tok.currentLine()
                    + ": " + e.getCause().getMessage(), e);
        }
    }

    /** The current record as a reject when its field count does not fit the header, else null. */
    private SourceRecord misfit() {
        int n = tok.fieldCount();
        long line = tok.line();
        if (n > width && !extrasAreEmpty(n) || n < width && !dialect.padShortRows()) {
            String reason = "expected " + width + " fields, found " + n;
            if (tok.restartAtSecondLine()) {
                reason += " (a quoted field joined lines " + line + " and after; only line " + line
                        + " is rejected and reading restarted at line " + (line + 1) + ")";
            }
            return SourceRecord.reject(line, tok.raw(), reason);
        }
        return null;
    }

    private SourceRecord record() {
        SourceRecord misfit = misfit();
        if (misfit != null) {
            return misfit;
        }
        int n = tok.fieldCount();
        long line = tok.line();
        byte[][] values = new byte[width][];
        int m = Math.min(n, width);
        for (int i = 0; i < m; i++) {
            values[i] = tok.fieldUtf8(i);
        }
        return SourceRecord.utf8Row(values, line); // the loader stores the bytes as they are (see SourceRecord)
    }

    private boolean extrasAreEmpty(int n) {
        for (int i = width; i < n; i++) {
            if (!tok.fieldIsBareEmpty(i)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public long bytesRead() {
        return text.bytesRead();
    }

    @Override
    public String encoding() {
        return text.describe();
    }

    @Override
    public String dialect() {
        return dialect.describe();
    }

    @Override
    public long controlCharsRemoved() {
        return tok.controlCharsRemoved();
    }

    /**
     * @throws SourceException (SOURCE_READ_FAILED) when closing the stream fails
     */
    @Override
    public void close() {
        try {
            text.reader().close();
        } catch (IOException e) {
            throw new SourceException("SOURCE_READ_FAILED", "closing " + name + " failed: " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(InputStream in, Exception primary) {
        try {
            in.close();
        } catch (IOException suppressed) {
            primary.addSuppressed(suppressed);
        }
    }

    @Override
    public String toString() {
        return "CsvRecordReader[" + name + ", " + dialect.describe() + "]";
    }
}
