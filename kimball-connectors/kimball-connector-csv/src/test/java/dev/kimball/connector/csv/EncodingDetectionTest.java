package dev.kimball.connector.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kimball.api.Sources;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncodingDetectionTest {
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final String TEXT = "name;city;price\nCafé Müller;Zürich;3,50 €\nÅsa Öberg;Malmö;12,00 €\n";

    @TempDir
    Path dir;

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    private static void assertTextRead(TestingCsv.Result r) {
        assertThat(r.header()).containsExactly("name", "city", "price");
        assertThat(r.values()).containsExactly(List.of("Café Müller", "Zürich", "3,50 €"), List.of("Åsa Öberg", "Malmö", "12,00 €"));
    }

    @Test
    void validUtf8IsUtf8() {
        TestingCsv.Result r = TestingCsv.read(TestingCsv.write(dir, "u.csv", TEXT));
        assertThat(r.encoding()).isEqualTo("UTF-8");
        assertTextRead(r);
    }

    @Test
    void utf8BomIsDetectedAndNotPartOfTheFirstColumnName() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path f = TestingCsv.write(dir, "bom.csv", concat(bom, TEXT.getBytes(StandardCharsets.UTF_8)));
        TestingCsv.Result r = TestingCsv.read(f);
        assertThat(r.encoding()).isEqualTo("UTF-8 (BOM)");
        assertTextRead(r);
    }

    @Test
    void utf16LittleEndianWithBom() {
        Path f = TestingCsv.write(dir, "le.csv", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE)));
        TestingCsv.Result r = TestingCsv.read(f);
        assertThat(r.encoding()).isEqualTo("UTF-16LE (BOM)");
        assertTextRead(r);
    }

    @Test
    void utf16BigEndianWithBom() throws Exception {
        Path f = TestingCsv.write(dir, "be.csv", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE)));
        TestingCsv.Result r = TestingCsv.read(f);
        assertThat(r.encoding()).isEqualTo("UTF-16BE (BOM)");
        assertTextRead(r);
        assertThat(r.bytesRead()).isEqualTo(Files.size(f));
    }

    @Test
    void utf32LittleEndianWithBom() {
        Path f = TestingCsv.write(dir, "le32.csv", concat(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, TEXT.getBytes(Charset.forName("UTF-32LE"))));
        TestingCsv.Result r = TestingCsv.read(f);
        assertThat(r.encoding()).isEqualTo("UTF-32LE (BOM)");
        assertTextRead(r);
    }

    @Test
    void utf16WithoutBomIsRecognisedByItsNulBytes() {
        TestingCsv.Result r = TestingCsv.read(TestingCsv.write(dir, "le.csv", TEXT.getBytes(StandardCharsets.UTF_16LE)));
        assertThat(r.encoding()).startsWith("UTF-16LE (no BOM");
        assertTextRead(r);
    }

    @Test
    void invalidUtf8FallsBackToWindows1252AndSaysWhere() {
        byte[] bytes = TEXT.getBytes(CP1252);
        int firstBad = TEXT.indexOf('é');
        TestingCsv.Result r = TestingCsv.read(TestingCsv.write(dir, "latin.csv", bytes));
        assertThat(r.encoding()).isEqualTo("windows-1252 (not valid UTF-8 at byte " + firstBad + ")");
        assertTextRead(r);
    }

    @Test
    void windows1252SpecificCharactersSurvive() {
        String text = "id,quote\n1,\u201cSmart\u201d \u2013 dash \u2026 \u0160ibenik\n";
        TestingCsv.Result r = TestingCsv.read(TestingCsv.write(dir, "smart.csv", text, CP1252));
        assertThat(r.encoding()).startsWith("windows-1252");
        assertThat(r.values()).containsExactly(List.of("1", "\u201cSmart\u201d \u2013 dash \u2026 \u0160ibenik"));
    }

    @Test
    void invalidUtf8AfterTheSampleIsReadAsWindows1252AndCounted() {
        StringBuilder sb = new StringBuilder("id,name\n");
        int i = 0;
        while (sb.length() < TextInput.SAMPLE_BYTES + 1000) {
            sb.append(i++).append(",plain ascii row\n");
        }
        byte[] head = sb.toString().getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("x,caf\u00e9 cr\u00e8me\n").getBytes(CP1252);
        TestingCsv.Result r = TestingCsv.read(TestingCsv.write(dir, "late.csv", concat(head, tail)));
        assertThat(r.encoding()).isEqualTo("UTF-8 (2 invalid bytes after the first 1 MiB read as windows-1252)");
        assertThat(r.rows().get(r.rows().size() - 1).values()).containsExactly("x", "café crème");
        assertThat(r.rows()).hasSize(i + 1);
        assertThat(r.rejects()).isEmpty();
    }

    @Test
    void anExplicitEncodingWins() {
        Path utf8 = TestingCsv.write(dir, "u.csv", TEXT);
        TestingCsv.Result forced = TestingCsv.read(Sources.csv(utf8).encoding(CP1252));
        assertThat(forced.encoding()).isEqualTo("windows-1252 (set explicitly)");
        assertThat(forced.values().get(0).get(0)).isEqualTo("CafÃ© MÃ¼ller");

        Path latin = TestingCsv.write(dir, "l.csv", TEXT, CP1252);
        TestingCsv.Result explicit = TestingCsv.read(Sources.csv(latin).encoding(CP1252));
        assertThat(explicit.encoding()).isEqualTo("windows-1252 (set explicitly)");
        assertTextRead(explicit);
    }
}
