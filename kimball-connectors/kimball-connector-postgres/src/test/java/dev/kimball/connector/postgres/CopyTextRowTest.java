package dev.kimball.connector.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kimball.spi.TextRows;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CopyTextRowTest {
    private final CopyTextRow parser = new CopyTextRow();

    /** Parses through both paths (Strings, and packed bytes with every form as is) and checks they agree. */
    private String[] parse(String row, int columns) {
        String[] out = new String[columns];
        byte[] bytes = row.getBytes(StandardCharsets.UTF_8);
        int n = parser.parse(bytes, out);
        assertThat(n).as("fields in %s", row).isEqualTo(columns);
        TextRows packed = new TextRows(columns, 1);
        ValueForm[] forms = new ValueForm[columns];
        Arrays.fill(forms, ValueForm.AS_IS);
        assertThat(parser.parseInto(bytes, packed, forms)).isEqualTo(columns);
        packed.endRow(1);
        assertThat(Arrays.copyOf(packed.toObjectRows().get(0), columns)).as("packed %s", row).containsExactly((Object[]) out);
        return out;
    }

    @Test
    void nullIsBackslashNAndEmptyIsEmpty() {
        assertThat(parse("\\N\t\t\\N\n", 3)).containsExactly(null, "", null);
    }

    @Test
    void escapesAreDecoded() {
        assertThat(parse("a\\tb\\nc\\\\d\\r\\b\\f\\v\tx\n", 2)).containsExactly("a\tb\nc\\d\r\b\f\u000b", "x");
    }

    @Test
    void octalHexAndOtherEscapesFollowPostgresRules() {
        assertThat(parse("\\101\\x42\\7\\q\\xg\n", 1)).containsExactly("AB\u0007qxg");
    }

    @Test
    void backslashNInsideALongerValueIsNotNull() {
        assertThat(parse("\\\\N\t\\Nx\n", 2)).containsExactly("\\N", "Nx");
    }

    @Test
    void multibyteUtf8SurvivesWithAndWithoutEscapes() {
        assertThat(parse("日本\t🎉\\t\té\n", 3)).containsExactly("日本", "🎉\t", "é");
    }

    @Test
    void escapedUtf8BytesFormOneCharacter() {
        // é is C3 A9: escaped bytes must be decoded together, not one by one
        assertThat(parse("\\303\\251\n", 1)).containsExactly("é");
    }

    @Test
    void trailingEmptyFieldsCount() {
        assertThat(parse("a\t\t\n", 3)).containsExactly("a", "", "");
    }

    @Test
    void tooManyOrTooFewFieldsAreCounted() {
        String[] two = new String[2];
        assertThat(parser.parse("a\tb\tc\n".getBytes(StandardCharsets.UTF_8), two)).isEqualTo(3);
        assertThat(two).containsExactly("a", "b");
        assertThat(parser.parse("a\n".getBytes(StandardCharsets.UTF_8), new String[2])).isEqualTo(1);
    }

    @Test
    void aTableWithoutColumnsHasEmptyRows() {
        assertThat(parser.parse("\n".getBytes(StandardCharsets.UTF_8), new String[0])).isZero();
    }

    @Test
    void aLoneTrailingBackslashDoesNotLoseTheField() {
        assertThat(parse("a\tb\\", 2)).containsExactly("a", "b\\");
    }

    @Test
    void longEscapedValuesGrowTheScratchBuffer() {
        String big = "x\\t".repeat(1_000);
        assertThat(parse(big + "\n", 1)[0]).isEqualTo("x\t".repeat(1_000));
    }
}
