package dev.kimball.connector.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decides the encoding of a byte stream from its first {@value #SAMPLE_BYTES} bytes and opens it as text.
 *
 * <p>Rule: an explicit charset wins (malformed bytes become U+FFFD, the JDK's replacement). Otherwise a byte-order
 * mark decides (UTF-8, UTF-16LE/BE, UTF-32LE/BE; the mark is not part of the text). Otherwise a sample whose
 * bytes alternate with NULs is UTF-16LE/BE without a mark. Otherwise the sample is UTF-8 if it is valid UTF-8,
 * else windows-1252. Invalid UTF-8 found <em>after</em> the sample is not fatal and not lost: each invalid byte is
 * read as its windows-1252 character and counted, and {@link #describe()} says how many there were.
 */
final class TextInput {
    static final int SAMPLE_BYTES = 1 << 20;

    private enum Mode { UTF8_WITH_FALLBACK, CP1252, JDK }

    private final Mode mode;
    private final Charset charset;
    private final String description;
    private final byte[] sample;
    private final int sampleStart;
    private final int sampleLength;
    private final boolean sampleIsWholeInput;
    private final CountingInputStream counter;
    private final Reader reader;

    private TextInput(Mode mode, Charset charset, String description, byte[] sample, int bom, int len, boolean whole,
                      InputStream rest) {
        this.mode = mode;
        this.charset = charset;
        this.description = description;
        this.sample = sample;
        this.sampleStart = bom;
        this.sampleLength = len - bom;
        this.sampleIsWholeInput = whole;
        InputStream all = new SequenceInputStream(new ByteArrayInputStream(sample, bom, len - bom), rest);
        this.counter = new CountingInputStream(all, bom);
        this.reader = decoderFor(counter);
    }

    /**
     * Reads the sample and opens the stream as text; the stream is owned (closed with {@link #reader()}).
     *
     * @throws IOException when the stream cannot be read
     */
    static TextInput open(InputStream in, Charset explicit) throws IOException {
        // readNBytes(int) grows its buffer as it reads, so a small file does not cost a 1 MiB array
        byte[] sample = in.readNBytes(SAMPLE_BYTES);
        int len = sample.length;
        boolean whole = len < SAMPLE_BYTES;
        InputStream rest = whole ? InputStream.nullInputStream() : in;
        Bom mark = Bom.of(sample, len);
        if (explicit != null) {
            int bom = mark != null && mark.charset.equals(explicit) ? mark.length : 0;
            return new TextInput(Mode.JDK, explicit, explicit.name() + " (set explicitly)", sample, bom, len, whole, rest);
        }
        if (mark != null) {
            Mode mode = mark.charset.equals(StandardCharsets.UTF_8) ? Mode.UTF8_WITH_FALLBACK : Mode.JDK;
            return new TextInput(mode, mark.charset, mark.charset.name() + " (BOM)", sample, mark.length, len, whole, rest);
        }
        Charset utf16 = utf16WithoutBom(sample, len);
        if (utf16 != null) {
            return new TextInput(Mode.JDK, utf16, utf16.name() + " (no BOM; every other byte is NUL)", sample, 0, len, whole,
                    rest);
        }
        int bad = Utf8.firstInvalid(sample, 0, len, whole);
        if (bad < 0) {
            return new TextInput(Mode.UTF8_WITH_FALLBACK, StandardCharsets.UTF_8, "UTF-8", sample, 0, len, whole, rest);
        }
        return new TextInput(Mode.CP1252, Charset.forName("windows-1252"), "windows-1252 (not valid UTF-8 at byte " + bad + ")",
                sample, 0, len, whole, rest);
    }

    Reader reader() {
        return reader;
    }

    /** Bytes of the input consumed by the decoder so far (a byte-order mark counts as consumed). */
    long bytesRead() {
        return counter.count();
    }

    /** The sample decoded as text (up to {@code maxChars}), for dialect detection. */
    String sampleText(int maxChars) {
        try (Reader r = decoderFor(new ByteArrayInputStream(sample, sampleStart, sampleLength))) {
            char[] out = new char[Math.min(maxChars, sampleLength + 1)];
            int n = 0;
            int k;
            while (n < out.length && (k = r.read(out, n, out.length - n)) > 0) {
                n += k;
            }
            return new String(out, 0, n);
        } catch (IOException e) {
            throw new IllegalStateException("reading an in-memory sample failed", e);
        }
    }

    /** Whether the sample holds the whole input (so its last line is complete). */
    boolean sampleIsWholeInput() {
        return sampleIsWholeInput;
    }

    /** Which encoding and why, e.g. {@code UTF-8 (BOM)} or {@code windows-1252 (not valid UTF-8 at byte 1234)}. */
    String describe() {
        if (reader instanceof ByteDecodingReader d && d.fallbackBytes() > 0) {
            return description + " (" + d.fallbackBytes() + " invalid bytes after the first " + (SAMPLE_BYTES >> 20)
                    + " MiB read as windows-1252)";
        }
        return description;
    }

    private Reader decoderFor(InputStream in) {
        return switch (mode) {
            case UTF8_WITH_FALLBACK -> new ByteDecodingReader(in, true);
            case CP1252 -> new ByteDecodingReader(in, false);
            case JDK -> new InputStreamReader(in, charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE));
        };
    }

    private static Charset utf16WithoutBom(byte[] b, int len) {
        int n = Math.min(len & ~1, 4096);
        if (n < 8) {
            return null;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) {
                evenNul++;
            }
            if (b[i + 1] == 0) {
                oddNul++;
            }
        }
        int pairs = n / 2;
        if (oddNul > pairs * 0.6 && evenNul < pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenNul > pairs * 0.6 && oddNul < pairs * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** A byte-order mark. */
    private record Bom(Charset charset, int length) {
        static Bom of(byte[] b, int len) {
            int b0 = len > 0 ? b[0] & 0xFF : -1;
            int b1 = len > 1 ? b[1] & 0xFF : -1;
            int b2 = len > 2 ? b[2] & 0xFF : -1;
            int b3 = len > 3 ? b[3] & 0xFF : -1;
            if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
                return new Bom(StandardCharsets.UTF_8, 3);
            }
            if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0 && Charset.isSupported("UTF-32LE")) {
                return new Bom(Charset.forName("UTF-32LE"), 4);
            }
            if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF && Charset.isSupported("UTF-32BE")) {
                return new Bom(Charset.forName("UTF-32BE"), 4);
            }
            if (b0 == 0xFF && b1 == 0xFE) {
                return new Bom(StandardCharsets.UTF_16LE, 2);
            }
            if (b0 == 0xFE && b1 == 0xFF) {
                return new Bom(StandardCharsets.UTF_16BE, 2);
            }
            return null;
        }
    }
}
