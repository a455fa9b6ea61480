package dev.kimball.connector.csv;

import java.nio.charset.Charset;

/** Strict UTF-8 sequence checks (no overlongs, no surrogates) and the windows-1252 byte table used as fallback. */
final class Utf8 {
    /** windows-1252 for every byte; its five undefined bytes map to the C1 control of the same value (later removed as control characters). */
    static final char[] CP1252 = cp1252();

    private Utf8() {
    }

    /**
     * Length of the valid UTF-8 sequence starting at {@code i}: 1 to 4; 0 when the bytes up to {@code end} are a valid
     * but incomplete prefix; -1 when the sequence is invalid.
     */
    static int sequenceLength(byte[] b, int i, int end) {
        int b0 = b[i] & 0xFF;
        if (b0 < 0x80) {
            return 1;
        }
        int n;
        int lo = 0x80;
        int hi = 0xBF;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            n = 2;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            n = 3;
            if (b0 == 0xE0) {
                lo = 0xA0;
            } else if (b0 == 0xED) {
                hi = 0x9F;
            }
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            n = 4;
            if (b0 == 0xF0) {
                lo = 0x90;
            } else if (b0 == 0xF4) {
                hi = 0x8F;
            }
        } else {
            return -1;
        }
        for (int k = 1; k < n; k++) {
            if (i + k >= end) {
                return 0;
            }
            int bk = b[i + k] & 0xFF;
            if (k == 1 ? bk < lo || bk > hi : bk < 0x80 || bk > 0xBF) {
                return -1;
            }
        }
        return n;
    }

    /** The code point of a sequence already checked by {@link #sequenceLength}. */
    static int decode(byte[] b, int i, int n) {
        return switch (n) {
            case 2 -> (b[i] & 0x1F) << 6 | (b[i + 1] & 0x3F);
            case 3 -> (b[i] & 0x0F) << 12 | (b[i + 1] & 0x3F) << 6 | (b[i + 2] & 0x3F);
            default -> (b[i] & 0x07) << 18 | (b[i + 1] & 0x3F) << 12 | (b[i + 2] & 0x3F) << 6 | (b[i + 3] & 0x3F);
        };
    }

    /** Offset of the first invalid UTF-8 byte in {@code b[0, end)}, or -1; an incomplete sequence at the end counts as invalid only when {@code atEof}. */
    static int firstInvalid(byte[] b, int start, int end, boolean atEof) {
        int i = start;
        while (i < end) {
            if (b[i] >= 0) {
                i++;
                continue;
            }
            int n = sequenceLength(b, i, end);
            if (n > 0) {
                i += n;
            } else if (n == 0 && !atEof) {
                return -1;
            } else {
                return i;
            }
        }
        return -1;
    }

    private static char[] cp1252() {
        char[] table = new char[256];
        Charset cs = Charset.forName("windows-1252");
        for (int i = 0; i < 256; i++) {
            String s = new String(new byte[] {(byte) i}, cs);
            table[i] = s.length() == 1 && s.charAt(0) != '\uFFFD' ? s.charAt(0) : (char) i;
        }
        return table;
    }

    /**
     * The UTF-8 bytes of {@code buf[s, e)}, as {@link String#getBytes} with UTF-8 would give them (a lone surrogate
     * becomes '?'), without making a String: one pass and one array for ASCII text.
     */
    static byte[] encode(char[] buf, int s, int e) {
        int n = e - s;
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            char c = buf[s + i];
            if (c >= 0x80) {
                return encodeFrom(buf, s, e, i, out);
            }
            out[i] = (byte) c;
        }
        return out;
    }

    /** Finishes {@link #encode} from offset {@code ascii}, before which {@code prefix} holds the ASCII chars. */
    private static byte[] encodeFrom(char[] buf, int s, int e, int ascii, byte[] prefix) {
        int len = ascii;
        for (int i = s + ascii; i < e; i++) {
            char c = buf[i];
            if (c < 0x80) {
                len += 1;
            } else if (c < 0x800) {
                len += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < e && Character.isLowSurrogate(buf[i + 1])) {
                len += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                len += 1;
            } else {
                len += 3;
            }
        }
        byte[] out = new byte[len];
        System.arraycopy(prefix, 0, out, 0, ascii);
        encodeInto(buf, s + ascii, e, out, ascii);
        return out;
    }

    /**
     * Encodes {@code buf[s, e)} into {@code out} from {@code pos} (which must have room for 3 bytes a char) as
     * {@link #encode} does; returns the position after the last byte.
     */
    static int encodeInto(char[] buf, int s, int e, byte[] out, int pos) {
        int p = pos;
        for (int i = s; i < e; i++) {
            char c = buf[i];
            if (c < 0x80) {
                out[p++] = (byte) c;
            } else if (c < 0x800) {
                out[p++] = (byte) (0xC0 | (c >> 6));
                out[p++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < e && Character.isLowSurrogate(buf[i + 1])) {
                int cp = Character.toCodePoint(c, buf[++i]);
                out[p++] = (byte) (0xF0 | (cp >> 18));
                out[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                out[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                out[p++] = (byte) (0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c)) {
                out[p++] = (byte) '?';
            } else {
                out[p++] = (byte) (0xE0 | (c >> 12));
                out[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[p++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return p;
    }
}
