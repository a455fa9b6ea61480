package dev.kimball.connector.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * A window over a {@link Reader} that always keeps the current record, from {@code recStart}, in one char array:
 * reading more moves the record to the front and grows the array up to {@value #MAX_RECORD_CHARS} chars, so memory
 * stays bounded whatever the input size, and a broken record can be re-read from its second line. Also counts lines
 * (LF, CR and CRLF each end one line).
 */
abstract class TextWindow {
    static final int MAX_RECORD_CHARS = 16 * 1024 * 1024;

    private final Reader in;
    char[] buf = new char[1 << 16];
    int pos;
    int limit;
    int recStart;
    boolean eof;
    /** The last line ended with CR: an LF right after it belongs to the same line break. */
    boolean skipLf;
    long line = 1;

    TextWindow(Reader in) {
        this.in = in;
    }

    /** Makes {@code buf[pos + n]} readable; false if the input ends first. */
    final boolean ensure(int n) throws IOException {
        while (pos + n >= limit) {
            if (fill() < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads more text after {@code limit}, first moving the current record to the start of the buffer (growing it up
     * to the record cap). Returns the chars read, or -1 at the end of the input.
     *
     * @throws RecordTooLong when the current record already fills the largest buffer
     */
    final int fill() throws IOException {
        if (eof) {
            return -1;
        }
        if (recStart > 0) {
            System.arraycopy(buf, recStart, buf, 0, limit - recStart);
            pos -= recStart;
            limit -= recStart;
            recStart = 0;
        }
        if (limit == buf.length) {
            if (buf.length >= MAX_RECORD_CHARS) {
                throw new RecordTooLong();
            }
            buf = Arrays.copyOf(buf, Math.min(buf.length * 2, MAX_RECORD_CHARS));
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
            return -1;
        }
        limit += n;
        return n;
    }

    /** Moves past the LF of a CRLF whose CR ended the previous line. */
    final void consumeLfAfterCr() throws IOException {
        if (skipLf) {
            skipLf = false;
            if ((pos < limit || fill() > 0) && buf[pos] == '\n') {
                pos++;
            }
            recStart = pos;
        }
    }

    /** Moves past the rest of the physical line, keeping nothing; false if the input ended first. */
    final boolean skipLine() throws IOException {
        recStart = pos;
        consumeLfAfterCr();
        for (;;) {
            if (pos >= limit) {
                recStart = pos;
                if (fill() < 0) {
                    return false;
                }
            }
            char c = buf[pos++];
            if (c == '\n' || c == '\r') {
                line++;
                skipLf = c == '\r';
                return true;
            }
        }
    }

    /** Moves past spaces; false if the input ends. */
    final boolean skipSpaces() throws IOException {
        for (;;) {
            if (pos >= limit && fill() < 0) {
                return false;
            }
            if (buf[pos] != ' ') {
                return true;
            }
            pos++;
        }
    }

    /** At a space: true (and positioned on the quote) if only spaces come before a quote. */
    final boolean spacesThenQuote(char quote) throws IOException {
        int k = 0;
        for (;;) {
            if (pos + k >= limit && fill() < 0) {
                return false;
            }
            char c = buf[pos + k];
            if (c == quote) {
                pos += k;
                return true;
            }
            if (c != ' ') {
                return false;
            }
            k++;
        }
    }

    /** At an escape char: moves past it and the char it escapes, counting an escaped line break. */
    final void skipEscaped() throws IOException {
        if (!ensure(1)) {
            pos++;
            return;
        }
        char n = buf[pos + 1];
        pos += 2;
        if (n == '\r') {
            line++;
            if (ensure(0) && buf[pos] == '\n') {
                pos++;
            }
        } else if (n == '\n') {
            line++;
        }
    }

    /** Unwinds the scan of a record over the size cap. */
    static final class RecordTooLong extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RecordTooLong() {
            super(null, null, false, false);
        }
    }
}
