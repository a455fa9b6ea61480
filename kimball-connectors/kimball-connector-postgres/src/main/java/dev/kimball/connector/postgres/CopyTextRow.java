package dev.kimball.connector.postgres;

import dev.kimball.spi.TextRows;
import java.nio.charset.StandardCharsets;

/**
 * Splits one row of {@code COPY ... TO STDOUT} text format (UTF-8 client encoding) into field strings: fields separated
 * by a tab, the row ended by a newline, {@code \N} for NULL, and backslash escapes ({@code \b \f \n \r \t \v \\},
 * octal {@code \ooo}, hex {@code \xhh}, any other escaped character standing for itself). COPY TO always escapes tabs,
 * newlines and backslashes inside values, so a raw tab or newline byte is always a separator. Not thread-safe: one
 * instance per reader reuses its scratch buffer.
 */
final class CopyTextRow {
    private byte[] scratch = new byte[256];

    /**
     * Fills {@code out} with the fields of {@code row}.
     *
     * @return the number of fields found (the caller compares it with the header size)
     */
    int parse(byte[] row, String[] out) {
        return split(row, out.length, (i, from, to, escaped) ->
                out[i] = escaped ? unescape(row, from, to) : new String(row, from, to - from, StandardCharsets.UTF_8));
    }

    /**
     * Appends the fields of {@code row} to the row {@code rows} is building, as UTF-8 bytes without Strings where the
     * field's form keeps the text as it is: a plain field is copied straight from the message, an escaped one from
     * the scratch buffer; a field whose form rewrites it ({@link ValueForm}) goes through its String.
     *
     * @return the number of fields found (the caller compares it with the header size; the row is complete only then)
     */
    int parseInto(byte[] row, TextRows rows, ValueForm[] forms) {
        return split(row, forms.length, (i, from, to, escaped) -> append(row, from, to, escaped, forms[i], rows));
    }

    /** Receives field {@code i}, bytes {@code [from, to)} of the row, which hold escapes when {@code escaped}. */
    private interface FieldSink {
        void field(int i, int from, int to, boolean escaped);
    }

    /** Hands the first {@code width} fields of {@code row} to {@code sink}; returns how many fields the row has. */
    private static int split(byte[] row, int width, FieldSink sink) {
        int end = row.length;
        if (end > 0 && row[end - 1] == '\n') {
            end--;
        }
        if (width == 0) {
            return end == 0 ? 0 : 1;
        }
        int field = 0;
        int start = 0;
        boolean escaped = false;
        int i = 0;
        while (true) {
            if (i >= end || row[i] == '\t') {
                if (field < width) {
                    sink.field(field, start, Math.min(i, end), escaped);
                }
                field++;
                if (i >= end) {
                    return field;
                }
                start = i + 1;
                escaped = false;
                i++;
            } else if (row[i] == '\\') {
                escaped = true;
                i += 2; // the escaped byte can be neither separator nor terminator
            } else {
                i++;
            }
        }
    }

    private void append(byte[] row, int from, int to, boolean escaped, ValueForm form, TextRows rows) {
        if (form != ValueForm.AS_IS) {
            String v = escaped ? unescape(row, from, to) : new String(row, from, to - from, StandardCharsets.UTF_8);
            rows.add(v == null ? null : form.render(v).getBytes(StandardCharsets.UTF_8));
        } else if (!escaped) {
            rows.add(row, from, to - from);
        } else if (to - from == 2 && row[from + 1] == 'N') {
            rows.add(null);
        } else {
            int n = unescapeToScratch(row, from, to);
            rows.add(scratch, 0, n);
        }
    }

    private String unescape(byte[] row, int from, int to) {
        if (to - from == 2 && row[from + 1] == 'N') {
            return null;
        }
        int n = unescapeToScratch(row, from, to);
        return new String(scratch, 0, n, StandardCharsets.UTF_8);
    }

    /** Resolves the escapes of {@code row[from, to)} into the scratch buffer; returns the length. */
    private int unescapeToScratch(byte[] row, int from, int to) {
        if (scratch.length < to - from) {
            scratch = new byte[Math.max(to - from, scratch.length * 2)];
        }
        int n = 0;
        for (int i = from; i < to; i++) {
            byte b = row[i];
            if (b != '\\' || i + 1 >= to) {
                scratch[n++] = b;
                continue;
            }
            byte e = row[++i];
            switch (e) {
                case 'b' -> scratch[n++] = 8;
                case 'f' -> scratch[n++] = 12;
                case 'n' -> scratch[n++] = 10;
                case 'r' -> scratch[n++] = 13;
                case 't' -> scratch[n++] = 9;
                case 'v' -> scratch[n++] = 11;
                case 'x' -> {
                    int v = 0;
                    int digits = 0;
                    while (digits < 2 && i + 1 < to && hex(row[i + 1]) >= 0) {
                        v = v * 16 + hex(row[++i]);
                        digits++;
                    }
                    scratch[n++] = digits == 0 ? (byte) 'x' : (byte) v;
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        int v = e - '0';
                        for (int d = 0; d < 2 && i + 1 < to && row[i + 1] >= '0' && row[i + 1] <= '7'; d++) {
                            v = v * 8 + (row[++i] - '0');
                        }
                        scratch[n++] = (byte) v;
                    } else {
                        scratch[n++] = e;
                    }
                }
            }
        }
        return n;
    }

    private static int hex(byte b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        if (b >= 'a' && b <= 'f') {
            return b - 'a' + 10;
        }
        if (b >= 'A' && b <= 'F') {
            return b - 'A' + 10;
        }
        return -1;
    }
}
