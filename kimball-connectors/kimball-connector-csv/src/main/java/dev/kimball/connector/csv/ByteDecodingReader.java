package dev.kimball.connector.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Decodes UTF-8 with a per-byte windows-1252 fallback, or windows-1252 alone. Hand-written instead of a JDK
 * decoder so that an invalid byte found after the detection sample is not lost as U+FFFD: it is read as the
 * windows-1252 character it most likely is (files concatenated from UTF-8 and Latin-1 sources are common), and
 * counted in {@link #fallbackBytes()} so the reader can say so.
 */
final class ByteDecodingReader extends Reader {
    private final InputStream in;
    private final boolean utf8;
    private final byte[] bytes = new byte[1 << 16];
    private int bpos;
    private int blen;
    private boolean eof;
    private char pendingLow;
    private long fallbackBytes;

    ByteDecodingReader(InputStream in, boolean utf8) {
        this.in = in;
        this.utf8 = utf8;
    }

    /** Bytes that were not valid UTF-8 and were read as windows-1252 (always 0 in windows-1252 mode). */
    long fallbackBytes() {
        return fallbackBytes;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int o = off;
        int end = off + len;
        if (pendingLow != 0) {
            cbuf[o++] = pendingLow;
            pendingLow = 0;
        }
        final char[] table = Utf8.CP1252;
        while (o < end) {
            if (bpos >= blen) {
                if (o > off || !fill()) {
                    break;
                }
            }
            byte[] b = bytes;
            int p = bpos;
            int lim = blen;
            while (o < end && p < lim) {
                int x = b[p];
                if (x >= 0) {
                    cbuf[o++] = (char) x;
                    p++;
                } else if (!utf8) {
                    cbuf[o++] = table[x & 0xFF];
                    p++;
                } else {
                    int n = Utf8.sequenceLength(b, p, lim);
                    if (n == 0 && !eof) {
                        break;
                    }
                    if (n <= 0) {
                        cbuf[o++] = table[x & 0xFF];
                        fallbackBytes++;
                        p++;
                    } else {
                        int cp = Utf8.decode(b, p, n);
                        p += n;
                        if (cp < 0x10000) {
                            cbuf[o++] = (char) cp;
                        } else {
                            cbuf[o++] = Character.highSurrogate(cp);
                            if (o < end) {
                                cbuf[o++] = Character.lowSurrogate(cp);
                            } else {
                                pendingLow = Character.lowSurrogate(cp);
                            }
                        }
                    }
                }
            }
            bpos = p;
            if (o < end && p < lim) {
                // an incomplete sequence waits at the end of the buffer: hand out what we have, or read more
                if (o > off || !fill()) {
                    break;
                }
            }
        }
        return o == off ? -1 : o - off;
    }

    /** Moves unread bytes to the front and reads more; false at end of input with nothing new. */
    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int rest = blen - bpos;
        if (rest > 0 && bpos > 0) {
            System.arraycopy(bytes, bpos, bytes, 0, rest);
        }
        bpos = 0;
        blen = rest;
        int n = in.read(bytes, blen, bytes.length - blen);
        if (n < 0) {
            eof = true;
            // an incomplete sequence left at the end is now decodable as fallback bytes
            return rest > 0;
        }
        blen += n;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
