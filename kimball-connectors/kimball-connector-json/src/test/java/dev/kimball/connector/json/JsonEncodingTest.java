package dev.kimball.connector.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kimball.api.SourceException;
import dev.kimball.connector.json.TestingJson.Read;
import dev.kimball.spi.SourceRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** UTF-8, UTF-16 and UTF-32, with and without byte order mark; invalid bytes reject their line. */
class JsonEncodingTest {
    private static final String TEXT = "{\"name\": \"Ünïcödé 日本 🎉\", \"n\": 1}\n[{\"x\": \"é\"}]\n{\"name\": \"é\"}\n";

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
            "UTF-8, EFBBBF, UTF-8 (BOM)",
            "UTF-8, '', UTF-8",
            "UTF-16LE, FFFE, UTF-16LE (BOM)",
            "UTF-16BE, FEFF, UTF-16BE (BOM)",
            "UTF-16LE, '', UTF-16LE (no BOM; from zero bytes)",
            "UTF-16BE, '', UTF-16BE (no BOM; from zero bytes)",
            "UTF-32LE, FFFE0000, UTF-32LE (BOM)",
            "UTF-32BE, 0000FEFF, UTF-32BE (BOM)",
            "UTF-32BE, '', UTF-32BE (no BOM; from zero bytes)"})
    void everyUnicodeEncodingReadsTheSame(String charset, String bom, String description) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(hex(bom));
        bytes.write(TEXT.getBytes(Charset.forName(charset)));
        Path file = Files.write(dir.resolve("enc.jsonl"), bytes.toByteArray());

        Read read = TestingJson.read(file);

        assertThat(read.encoding()).isEqualTo(description.replace(';', ','));
        assertThat(read.header()).containsExactly("name", "n");
        assertThat(read.rows()).extracting(r -> r.values()[0]).containsExactly("Ünïcödé 日本 🎉", "é");
        assertThat(read.rejects()).extracting(SourceRecord::raw).containsExactly("[{\"x\": \"é\"}]");
        assertThat(read.rejects()).extracting(SourceRecord::line).containsExactly(2L);
    }

    @Test
    void aLineWithInvalidUtf8IsRejectedAndTheOthersRead() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("{\"a\": \"ok\"}\n{\"a\": \"".getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[] {(byte) 0xC3, 0x28});
        bytes.write("\"}\n{\"a\": \"fine\"}\n".getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(dir.resolve("bad.jsonl"), bytes.toByteArray());

        Read read = TestingJson.read(file);

        assertThat(read.rows()).extracting(r -> r.values()[0]).containsExactly("ok", "fine");
        assertThat(read.rejects()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.rejectReason()).startsWith("invalid JSON: Invalid UTF-8 middle byte 0x28");
            assertThat(r.raw()).isEqualTo("{\"a\": \"\uFFFD(\"}");
        });
    }

    @Test
    void brokenUtf16FailsAsAFormatError() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(hex("FFFE"));
        bytes.write("{\"a\": \"".getBytes(StandardCharsets.UTF_16LE));
        bytes.write(new byte[] {0x00, (byte) 0xDC});
        bytes.write("\"}\n".getBytes(StandardCharsets.UTF_16LE));
        Path file = Files.write(dir.resolve("broken16.jsonl"), bytes.toByteArray());

        assertThatThrownBy(() -> TestingJson.read(file)).isInstanceOf(SourceException.class)
                .hasMessageContaining("is not valid in its encoding").extracting(e -> ((SourceException) e).code())
                .isEqualTo("SOURCE_FORMAT");
    }

    private static byte[] hex(String s) {
        byte[] out = new byte[s.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }
}
