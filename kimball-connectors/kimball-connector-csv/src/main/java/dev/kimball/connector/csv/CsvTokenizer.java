package dev.kimball.connector.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Splits text into records of fields, streaming, with the record's starting line and raw text.
 *
 * <p>Hand-written rather than FastCSV because it must (a) keep the raw text of a record for rejects, (b) restart
 * at the line after a record whose quoting is broken instead of failing the whole file, (c) support backslash
 * escapes, (d) mark records that hold control characters, all in one pass. The buffer holds one record at most
 * ({@value #MAX_RECORD_CHARS} chars), so memory is bounded whatever the file size.
 *
 * <p>Rules:
 * <ul>
 *   <li>Line breaks are LF, CR or CRLF (mixed is fine); each counts as one line. An empty line is a
 *       {@linkplain #blank() blank} record.</li>
 *   <li>A field is quoted when it starts with the quote (spaces before the quote and after the closing quote are
 *       dropped). Inside, a doubled quote is one quote; with a backslash-style escape, the escape followed by the
 *       quote, the delimiter, itself or a line break stands for that character (otherwise it is kept).</li>
 *   <li>A quote inside an unquoted field is an ordinary character. A closing quote followed by other text on the
 *       same line makes the whole field literal text (quotes kept), up to the next delimiter.</li>
 *   <li>Broken quoting is an {@linkplain #error() error record} whose raw text is its first line; reading restarts
 *       at the next line: a quoted field still open at the end of the input, or spanning more than
 *       {@value #MAX_RECORD_LINES} lines, or whose closing quote (after a line break) is followed by other text.</li>
 *   <li>With {@link CsvSyntax#spaceRuns()}, a run of spaces is one delimiter and spaces at either end of a line
 *       are ignored.</li>
 *   <li>A record longer than {@value #MAX_RECORD_CHARS} chars is an error record; reading restarts at its
 *       second line (or, for a single such line, at the line after it).</li>
 * </ul>
 * Not thread-safe. I/O failures surface as {@link UncheckedIOException}.
 */
final class CsvTokenizer extends TextWindow {
    static final int MAX_RECORD_LINES = 10_000;
    static final int MAX_RAW_CHARS = 64 * 1024;

    private static final byte ORD = FieldText.ORD;
    private static final byte DELIM = FieldText.DELIM;
    private static final byte LF = FieldText.LF;
    private static final byte CR = FieldText.CR;
    private static final byte CTRL = FieldText.CTRL;

    private static final int END_FIELD = 0;
    private static final int END_RECORD = 1;
    private static final int ERROR = 2;

    private static final byte F_ESCAPED = 1;
    private static final byte F_LITERAL = 2;
    private static final byte F_QUOTED = 4;
    private static final byte F_DOUBLED = 8;
    private static final byte F_PREFIXED = 16;

    private final char delimiter;
    private final char quote;
    private final char escape;
    private final boolean quoting;
    private final boolean prefixEscape;
    private final boolean spaceRuns;
    private final FieldText text;
    private final byte[] cls;

    private long recLine;
    private int recEndRel;
    private int count;
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private byte[] flags = new byte[32];
    private boolean control;
    private boolean blank;
    private String error;
    private String rawOverride;
    private long literalQuotedFields;
    private long doubledQuoteFields;
    private long prefixEscapedFields;

    CsvTokenizer(Reader in, CsvSyntax syntax) {
        super(in);
        this.delimiter = syntax.delimiter();
        this.quote = syntax.quote();
        this.escape = syntax.escape();
        this.spaceRuns = syntax.spaceRuns() && delimiter == ' ';
        this.quoting = quote != '\0';
        this.prefixEscape = escape != '\0' && escape != quote;
        this.text = new FieldText(syntax);
        this.cls = text.classes();
    }

    /** Reads the next record; false at the end of the input. */
    boolean next() {
        try {
            return readRecord();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 1-based line where the current record starts. */
    long line() {
        return recLine;
    }

    /** Line the tokenizer is on now (after the current record). */
    long currentLine() {
        return line;
    }

    /** Why the current record is broken, or null. */
    String error() {
        return error;
    }

    /** Whether the current record is an empty line. */
    boolean blank() {
        return blank;
    }

    /**
     * Whether the current record is a comment line: {@code #} followed by a space, tab, {@code #}, {@code !} or the
     * end of the line ({@code #,a,b} is not: a header may name a column {@code #}).
     */
    boolean isComment() {
        if (recEndRel == 0 || buf[recStart] != '#' || line - recLine > 1) {
            return false;
        }
        if (recEndRel == 1) {
            return true;
        }
        char c = buf[recStart + 1];
        return c == ' ' || c == '\t' || c == '#' || c == '!';
    }

    /** Whether the current record runs over more than one line. */
    boolean multiLine() {
        return line - recLine > 1;
    }

    int fieldCount() {
        return count;
    }

    /** Whether field {@code i} is empty and unquoted (nothing between the delimiters). */
    boolean fieldIsBareEmpty(int i) {
        return starts[i] == ends[i] && (flags[i] & F_QUOTED) == 0;
    }

    /** Whether field {@code i} was enclosed in quotes. */
    boolean fieldIsQuoted(int i) {
        return (flags[i] & F_QUOTED) != 0;
    }

    /** The value of field {@code i}: unquoted, unescaped, control characters removed. */
    String field(int i) {
        int s = recStart + starts[i];
        int e = recStart + ends[i];
        String v = (flags[i] & F_ESCAPED) != 0 ? text.unescape(buf, s, e, (flags[i] & F_LITERAL) == 0) : new String(buf, s, e - s);
        return control ? text.stripControl(v) : v;
    }

    /** {@link #field} as UTF-8 bytes, made without a String when the field needs no unescaping or cleaning. */
    byte[] fieldUtf8(int i) {
        if (control || (flags[i] & F_ESCAPED) != 0) {
            return field(i).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        return Utf8.encode(buf, recStart + starts[i], recStart + ends[i]);
    }

    /** Appends {@link #fieldUtf8} of field {@code i} to the row {@code rows} is building, encoding ASCII in place. */
    void appendUtf8(int i, dev.kimball.spi.TextRows rows) {
        if (control || (flags[i] & F_ESCAPED) != 0) {
            rows.add(field(i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        int s = recStart + starts[i];
        int n = recStart + ends[i] - s;
        byte[] d = rows.reserve(3 * n); // UTF-8 takes at most 3 bytes a char (4 for a pair of 2)
        int p = rows.position();
        char[] b = buf;
        for (int k = 0; k < n; k++) {
            char c = b[s + k];
            if (c >= 0x80) {
                rows.endValue(Utf8.encodeInto(b, s + k, s + n, d, p + k) - p);
                return;
            }
            d[p + k] = (byte) c;
        }
        rows.endValue(n);
    }

    /** The record's text as in the file without its line break, cut at {@value #MAX_RAW_CHARS} chars. */
    String raw() {
        if (rawOverride != null) {
            return rawOverride;
        }
        return new String(buf, recStart, Math.min(recEndRel, MAX_RAW_CHARS));
    }

    /** Control characters removed from values so far. */
    long controlCharsRemoved() {
        return text.controlCharsRemoved();
    }

    /** Quoted fields holding a doubled quote. */
    long doubledQuoteFields() {
        return doubledQuoteFields;
    }

    /** Fields holding a prefix escape such as {@code \"}. */
    long prefixEscapedFields() {
        return prefixEscapedFields;
    }

    /** Fields that started with a quote but had text after the closing quote, so were taken literally. */
    long literalQuotedFields() {
        return literalQuotedFields;
    }

    /**
     * Drops the current multi-line record after its first line and restarts reading at its second line; used when a
     * record whose quoting joined several lines turns out to be wrong. Returns false if it spans one line only.
     */
    boolean restartAtSecondLine() {
        if (!multiLine()) {
            return false;
        }
        restartAfterFirstLine();
        return true;
    }

    /** Skips {@code n} physical lines, ignoring quotes (a preamble); false if the input ended first. */
    boolean skipLines(int n) {
        try {
            for (int k = 0; k < n; k++) {
                if (!skipLine()) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean readRecord() throws IOException {
        count = 0;
        error = null;
        control = false;
        blank = false;
        rawOverride = null;
        recStart = pos;
        consumeLfAfterCr();
        if (pos >= limit && fill() < 0) {
            return false;
        }
        recLine = line;
        if (spaceRuns && !skipSpaces()) {
            return false;
        }
        char c0 = buf[pos];
        if (c0 == '\n' || c0 == '\r') {
            blank = true;
            addField(0, 0, (byte) 0);
            recEndRel = 0;
            pos++;
            line++;
            skipLf = c0 == '\r';
            return true;
        }
        try {
            for (;;) {
                int fs = pos - recStart;
                if (pos >= limit && fill() < 0) {
                    addField(fs, fs, (byte) 0);
                    recEndRel = fs;
                    return true;
                }
                char c = buf[pos];
                int r;
                if (quoting && c == quote) {
                    r = scanQuoted(fs);
                } else if (quoting && c == ' ' && delimiter != ' ' && spacesThenQuote(quote)) {
                    r = scanQuoted(fs);
                } else {
                    r = scanUnquoted(fs, (byte) 0);
                }
                if (r == END_FIELD) {
                    if (spaceRuns && endsAfterSpaces()) {
                        return true;
                    }
                    continue;
                }
                if (r == ERROR) {
                    restartAfterFirstLine();
                }
                return true;
            }
        } catch (RecordTooLong e) {
            error = "record longer than " + (MAX_RECORD_CHARS >> 20) + " Mi characters (a quote left open?)";
            restartAfterOverflow();
            return true;
        }
    }

    /** After a delimiter in space-runs mode: skips the rest of the run; true if the record ends there. */
    private boolean endsAfterSpaces() throws IOException {
        if (!skipSpaces()) {
            recEndRel = pos - recStart;
            return true;
        }
        char c = buf[pos];
        if (c != '\n' && c != '\r') {
            return false;
        }
        recEndRel = pos - recStart;
        pos++;
        line++;
        skipLf = c == '\r';
        return true;
    }

    private int scanUnquoted(int fs, byte fieldFlags) throws IOException {
        char[] b = buf;
        byte[] k = cls;
        int p = pos;
        int lim = limit;
        for (;;) {
            if (p >= lim) {
                pos = p;
                if (fill() < 0) {
                    addField(fs, pos - recStart, fieldFlags);
                    recEndRel = pos - recStart;
                    return END_RECORD;
                }
                b = buf;
                p = pos;
                lim = limit;
            }
            char c = b[p];
            if (c < 256) {
                switch (k[c]) {
                    case ORD:
                        break;
                    case DELIM:
                        addField(fs, p - recStart, fieldFlags);
                        pos = p + 1;
                        return END_FIELD;
                    case LF:
                    case CR:
                        addField(fs, p - recStart, fieldFlags);
                        recEndRel = p - recStart;
                        pos = p + 1;
                        line++;
                        skipLf = c == '\r';
                        return END_RECORD;
                    case CTRL:
                        control = true;
                        break;
                    default:
                        pos = p;
                        fieldFlags |= F_ESCAPED | F_PREFIXED;
                        skipEscaped();
                        b = buf;
                        p = pos;
                        lim = limit;
                        continue;
                }
            } else if (c == delimiter) {
                addField(fs, p - recStart, fieldFlags);
                pos = p + 1;
                return END_FIELD;
            } else if (c == escape && prefixEscape) {
                pos = p;
                fieldFlags |= F_ESCAPED | F_PREFIXED;
                skipEscaped();
                b = buf;
                p = pos;
                lim = limit;
                continue;
            }
            p++;
        }
    }

    private int scanQuoted(int fs) throws IOException {
        long startLine = line;
        pos++;
        int cs = pos - recStart;
        byte fieldFlags = F_QUOTED;
        char[] b = buf;
        int p = pos;
        int lim = limit;
        for (;;) {
            if (p >= lim) {
                pos = p;
                if (fill() < 0) {
                    error = "quote opened on line " + startLine + " is never closed (end of file)";
                    return ERROR;
                }
                b = buf;
                p = pos;
                lim = limit;
            }
            char c = b[p];
            if (c == quote) {
                pos = p;
                if (!ensure(1)) {
                    addField(cs, p - recStart, fieldFlags);
                    pos = limit;
                    recEndRel = pos - recStart;
                    return END_RECORD;
                }
                b = buf;
                p = pos;
                char d = b[p + 1];
                if (d == quote) {
                    fieldFlags |= F_ESCAPED | F_DOUBLED;
                    p += 2;
                    lim = limit;
                    continue;
                }
                return afterClosingQuote(fs, cs, p - recStart, fieldFlags, line > startLine);
            } else if (c == escape && prefixEscape) {
                pos = p;
                fieldFlags |= F_ESCAPED | F_PREFIXED;
                skipEscaped();
                b = buf;
                p = pos;
                lim = limit;
                continue;
            } else if (c == '\n') {
                if (b[p - 1] != '\r') {
                    line++;
                }
            } else if (c == '\r') {
                line++;
            } else if (c < 256 && cls[c] == CTRL) {
                control = true;
            }
            if (line - startLine > MAX_RECORD_LINES) {
                pos = p;
                error = "quote opened on line " + startLine + " is not closed within " + MAX_RECORD_LINES + " lines";
                return ERROR;
            }
            p++;
        }
    }

    /** {@code pos} is on the closing quote at relative offset {@code ce}. */
    private int afterClosingQuote(int fs, int cs, int ce, byte fieldFlags, boolean spannedLines) throws IOException {
        pos++;
        for (;;) {
            if (pos >= limit && fill() < 0) {
                addField(cs, ce, fieldFlags);
                recEndRel = pos - recStart;
                return END_RECORD;
            }
            char d = buf[pos];
            if (d == delimiter) {
                addField(cs, ce, fieldFlags);
                pos++;
                return END_FIELD;
            }
            if (d == '\n' || d == '\r') {
                addField(cs, ce, fieldFlags);
                recEndRel = pos - recStart;
                pos++;
                line++;
                skipLf = d == '\r';
                return END_RECORD;
            }
            if (d != ' ') {
                break;
            }
            pos++;
        }
        if (!spannedLines) {
            literalQuotedFields++;
            return scanUnquoted(fs, F_LITERAL);
        }
        error = "closing quote on line " + line + " is followed by '" + buf[pos] + "' instead of a delimiter";
        return ERROR;
    }

    /** After a broken record: its raw text is its first line, and reading goes on at the second. */
    private void restartAfterFirstLine() {
        int i = recStart;
        while (i < limit && buf[i] != '\n' && buf[i] != '\r') {
            i++;
        }
        recEndRel = i - recStart;
        line = recLine;
        if (i >= limit) {
            pos = limit;
            return;
        }
        line++;
        pos = i + 1;
        skipLf = buf[i] == '\r';
        count = 0;
    }

    private void restartAfterOverflow() throws IOException {
        int i = recStart;
        while (i < limit && buf[i] != '\n' && buf[i] != '\r') {
            i++;
        }
        if (i < limit) {
            restartAfterFirstLine();
            return;
        }
        rawOverride = new String(buf, recStart, MAX_RAW_CHARS);
        line = recLine;
        count = 0;
        recStart = limit;
        pos = limit;
        skipLine();
    }

    private void addField(int start, int end, byte fieldFlags) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
            flags = Arrays.copyOf(flags, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        flags[count] = fieldFlags;
        count++;
        if ((fieldFlags & F_PREFIXED) != 0) {
            prefixEscapedFields++;
        }
        if ((fieldFlags & F_DOUBLED) != 0) {
            doubledQuoteFields++;
        }
    }


}
