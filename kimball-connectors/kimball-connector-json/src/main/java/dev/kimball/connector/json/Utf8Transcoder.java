package dev.kimball.connector.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Re-encodes UTF-16/UTF-32 input as UTF-8, so the parser and the line splitter have one encoding to handle. Malformed
 * input fails with {@link java.nio.charset.MalformedInputException} rather than being replaced silently.
 */
final class Utf8Transcoder extends InputStream {
    private final Reader reader;
    private final char[] chars = new char[8192];
    private int carry = -1;
    private byte[] bytes = new byte[0];
    private int pos;

    Utf8Transcoder(InputStream in, Charset charset) {
        this.reader = new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    @Override
    public int read() throws IOException {
        while (pos == bytes.length) {
            if (!refill()) {
                return -1;
            }
        }
        return bytes[pos++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (pos == bytes.length) {
            if (!refill()) {
                return -1;
            }
        }
        int n = Math.min(len, bytes.length - pos);
        System.arraycopy(bytes, pos, b, off, n);
        pos += n;
        return n;
    }

    private boolean refill() throws IOException {
        int start = 0;
        if (carry >= 0) {
            chars[0] = (char) carry;
            carry = -1;
            start = 1;
        }
        int r = reader.read(chars, start, chars.length - start);
        if (r < 0 && start == 0) {
            return false;
        }
        int total = start + Math.max(r, 0);
        // a surrogate pair split across two reads must be encoded whole
        if (r > 0 && Character.isHighSurrogate(chars[total - 1])) {
            carry = chars[--total];
        }
        bytes = new String(chars, 0, total).getBytes(StandardCharsets.UTF_8);
        pos = 0;
        return true;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
