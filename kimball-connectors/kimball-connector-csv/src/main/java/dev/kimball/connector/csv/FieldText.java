package dev.kimball.connector.csv;

/**
 * Turns the raw chars of a field into its value: resolves doubled quotes and prefix escapes, removes control
 * characters (C0 but tab, CR and LF; DEL; C1) and counts them. Also builds the char class table the tokenizer scans
 * with.
 */
final class FieldText {
    static final byte ORD = 0;
    static final byte DELIM = 1;
    static final byte LF = 2;
    static final byte CR = 3;
    static final byte ESC = 4;
    static final byte CTRL = 5;

    private final char delimiter;
    private final char quote;
    private final char escape;
    private final boolean quoting;
    private final boolean prefixEscape;
    private final byte[] cls = new byte[256];
    private long controlRemoved;

    FieldText(CsvSyntax syntax) {
        this.delimiter = syntax.delimiter();
        this.quote = syntax.quote();
        this.escape = syntax.escape();
        this.quoting = quote != '\0';
        this.prefixEscape = escape != '\0' && escape != quote;
        for (int c = 0; c < 0x20; c++) {
            cls[c] = CTRL;
        }
        for (int c = 0x7F; c < 0xA0; c++) {
            cls[c] = CTRL;
        }
        cls['\t'] = ORD;
        cls['\n'] = LF;
        cls['\r'] = CR;
        if (prefixEscape && escape < 256) {
            cls[escape] = ESC;
        }
        if (delimiter < 256) {
            cls[delimiter] = DELIM;
        }
    }

    /** Class of each char below 256 (shared, not copied: read-only). */
    byte[] classes() {
        return cls;
    }

    long controlCharsRemoved() {
        return controlRemoved;
    }

    /** The chars {@code buf[s, e)} with escapes resolved; doubled quotes collapse unless the field was taken literally. */
    String unescape(char[] buf, int s, int e, boolean collapseDoubledQuotes) {
        StringBuilder sb = new StringBuilder(e - s);
        for (int i = s; i < e; i++) {
            char c = buf[i];
            if (collapseDoubledQuotes && quoting && c == quote && i + 1 < e && buf[i + 1] == quote) {
                i++;
            } else if (prefixEscape && c == escape && i + 1 < e) {
                char n = buf[i + 1];
                if (n == quote || n == delimiter || n == escape || n == '\n' || n == '\r') {
                    c = n;
                    i++;
                }
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** {@code v} without control characters (counted). */
    String stripControl(String v) {
        int n = v.length();
        StringBuilder sb = null;
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            boolean ctl = c < 256 && cls[c] == CTRL && c != delimiter;
            if (ctl && sb == null) {
                sb = new StringBuilder(n).append(v, 0, i);
            }
            if (ctl) {
                controlRemoved++;
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? v : sb.toString();
    }
}
