package dev.kimball.connector.json;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A JSON file's bytes as UTF-8. The encoding is taken from a byte order mark (UTF-8, UTF-16LE/BE, UTF-32LE/BE), else
 * from the zero bytes around the first character (RFC 4627 section 3: JSON text starts with an ASCII character), else
 * UTF-8. The mark is removed; UTF-16/32 is re-encoded as UTF-8.
 */
final class JsonInput implements Closeable {
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

    private final CountingInputStream raw;
    private final BufferedInputStream utf8;
    private final String encoding;

    private JsonInput(CountingInputStream raw, BufferedInputStream utf8, String encoding) {
        this.raw = raw;
        this.utf8 = utf8;
        this.encoding = encoding;
    }

    /** Detects the encoding of {@code in}; closes it if that fails. */
    static JsonInput open(InputStream in) throws IOException {
        CountingInputStream raw = new CountingInputStream(in);
        try {
            BufferedInputStream b = new BufferedInputStream(raw, 64 * 1024);
            b.mark(4);
            byte[] head = b.readNBytes(4);
            b.reset();
            int n = head.length;
            int b0 = n > 0 ? head[0] & 0xFF : -1;
            int b1 = n > 1 ? head[1] & 0xFF : -1;
            int b2 = n > 2 ? head[2] & 0xFF : -1;
            int b3 = n > 3 ? head[3] & 0xFF : -1;
            if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
                b.skipNBytes(3);
                return new JsonInput(raw, b, "UTF-8 (BOM)");
            }
            if (b0 == 0x00 && b1 == 0x00 && b2 == 0xFE && b3 == 0xFF) {
                b.skipNBytes(4);
                return transcoded(raw, b, UTF_32BE, "UTF-32BE (BOM)");
            }
            if (b0 == 0xFF && b1 == 0xFE && b2 == 0x00 && b3 == 0x00) {
                b.skipNBytes(4);
                return transcoded(raw, b, UTF_32LE, "UTF-32LE (BOM)");
            }
            if (b0 == 0xFE && b1 == 0xFF) {
                b.skipNBytes(2);
                return transcoded(raw, b, StandardCharsets.UTF_16BE, "UTF-16BE (BOM)");
            }
            if (b0 == 0xFF && b1 == 0xFE) {
                b.skipNBytes(2);
                return transcoded(raw, b, StandardCharsets.UTF_16LE, "UTF-16LE (BOM)");
            }
            if (n == 4 && b0 == 0 && b1 == 0 && b2 == 0 && b3 != 0) {
                return transcoded(raw, b, UTF_32BE, "UTF-32BE (no BOM, from zero bytes)");
            }
            if (n == 4 && b0 != 0 && b1 == 0 && b2 == 0 && b3 == 0) {
                return transcoded(raw, b, UTF_32LE, "UTF-32LE (no BOM, from zero bytes)");
            }
            if (n >= 2 && b0 == 0 && b1 != 0) {
                return transcoded(raw, b, StandardCharsets.UTF_16BE, "UTF-16BE (no BOM, from zero bytes)");
            }
            if (n >= 2 && b0 != 0 && b1 == 0) {
                return transcoded(raw, b, StandardCharsets.UTF_16LE, "UTF-16LE (no BOM, from zero bytes)");
            }
            return new JsonInput(raw, b, "UTF-8");
        } catch (IOException | RuntimeException e) {
            try {
                raw.close();
            } catch (IOException c) {
                e.addSuppressed(c);
            }
            throw e;
        }
    }

    private static JsonInput transcoded(CountingInputStream raw, InputStream rest, Charset cs, String description) {
        return new JsonInput(raw, new BufferedInputStream(new Utf8Transcoder(rest, cs), 64 * 1024), description);
    }

    /** The content as UTF-8, without byte order mark; supports mark/reset for layout detection. */
    BufferedInputStream utf8() {
        return utf8;
    }

    /** Bytes taken from the storage so far (including read-ahead). */
    long bytesRead() {
        return raw.count();
    }

    String encoding() {
        return encoding;
    }

    @Override
    public void close() throws IOException {
        utf8.close();
    }
}
