package dev.kimball.connector.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits UTF-8 bytes into lines ({@code \n} or {@code \r\n}) without decoding them: the parser reads a line's bytes in
 * place. A line longer than {@link #MAX_LINE} bytes is skipped to its end and reported as too long with its first
 * bytes, so one runaway line cannot exhaust memory.
 */
final class LineReader {
    static final int MAX_LINE = 32 << 20;
    private static final int RAW_PREFIX = 1000;

    private final InputStream in;
    private byte[] buf = new byte[64 * 1024];
    private int start;
    private int end;
    private boolean eof;
    private long lineNumber;
    private int lineStart;
    private int lineLength;
    private String tooLongPrefix;

    LineReader(InputStream in) {
        this.in = in;
    }

    /** Moves to the next line; false at the end of input. */
    boolean next() throws IOException {
        tooLongPrefix = null;
        int scanFrom = start;
        while (true) {
            int nl = indexOfNewline(scanFrom, end);
            if (nl >= 0) {
                setLine(start, nl);
                start = nl + 1;
                return true;
            }
            if (eof) {
                if (start < end) {
                    setLine(start, end);
                    start = end;
                    return true;
                }
                return false;
            }
            int pending = end - start;
            if (pending >= MAX_LINE) {
                skipTooLongLine();
                return true;
            }
            if (start > 0) {
                System.arraycopy(buf, start, buf, 0, pending);
                start = 0;
                end = pending;
            } else if (end == buf.length) {
                buf = Arrays.copyOf(buf, Math.min(buf.length * 2, MAX_LINE + 64 * 1024));
            }
            scanFrom = end;
            fill();
        }
    }

    private void skipTooLongLine() throws IOException {
        tooLongPrefix = new String(buf, start, RAW_PREFIX, StandardCharsets.UTF_8);
        lineNumber++;
        lineStart = start;
        lineLength = 0;
        start = end = 0;
        while (true) {
            fill();
            int nl = indexOfNewline(0, end);
            if (nl >= 0) {
                start = nl + 1;
                return;
            }
            if (eof) {
                start = end;
                return;
            }
            start = end = 0;
        }
    }

    private void fill() throws IOException {
        int n = in.read(buf, end, buf.length - end);
        if (n < 0) {
            eof = true;
        } else {
            end += n;
        }
    }

    private int indexOfNewline(int from, int to) {
        for (int i = from; i < to; i++) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void setLine(int from, int to) {
        lineNumber++;
        int len = to - from;
        if (len > 0 && buf[to - 1] == '\r') {
            len--;
        }
        lineStart = from;
        lineLength = len;
    }

    /** 1-based number of the current line. */
    long lineNumber() {
        return lineNumber;
    }

    byte[] buffer() {
        return buf;
    }

    int lineStart() {
        return lineStart;
    }

    int lineLength() {
        return lineLength;
    }

    /** Whether the current line has only spaces and tabs. */
    boolean isBlank() {
        for (int i = lineStart; i < lineStart + lineLength; i++) {
            byte b = buf[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return tooLongPrefix == null;
    }

    /** The first bytes of the current line when it was longer than {@link #MAX_LINE}, else null. */
    String tooLongPrefix() {
        return tooLongPrefix;
    }

    String text() {
        return tooLongPrefix != null ? tooLongPrefix : new String(buf, lineStart, lineLength, StandardCharsets.UTF_8);
    }
}
