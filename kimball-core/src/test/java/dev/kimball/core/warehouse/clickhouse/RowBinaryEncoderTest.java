package dev.kimball.core.warehouse.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kimball.spi.ColumnDef;
import dev.kimball.spi.ColumnType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RowBinaryEncoderTest {
    private static byte[] encodeOne(ColumnDef column, Object value) {
        RowBinaryEncoder e = new RowBinaryEncoder(List.of(column));
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {value});
        e.encode(rows);
        return e.bytes();
    }

    /** What RowBinary must contain for a non-null String: LEB128 byte length, then UTF-8 as Java encodes it. */
    private static byte[] expectedString(String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int v = utf8.length;
        while ((v & ~0x7F) != 0) {
            out.write((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.write(v);
        out.writeBytes(utf8);
        return out.toByteArray();
    }

    @Test
    void varintLengthPrefixAtEachBoundary() {
        assertThat(encodeOne(ColumnDef.required("s", ColumnType.STRING), "x".repeat(127))).startsWith(0x7F);
        assertThat(encodeOne(ColumnDef.required("s", ColumnType.STRING), "x".repeat(128))).startsWith(0x80, 0x01);
        assertThat(encodeOne(ColumnDef.required("s", ColumnType.STRING), "x".repeat(16_383))).startsWith(0xFF, 0x7F);
        assertThat(encodeOne(ColumnDef.required("s", ColumnType.STRING), "x".repeat(16_384))).startsWith(0x80, 0x80, 0x01);
        // the prefix counts bytes, not chars: 64 two-byte chars need a two-byte varint
        assertThat(encodeOne(ColumnDef.required("s", ColumnType.STRING), "é".repeat(64))).startsWith(0x80, 0x01);
    }

    @Test
    void stringsEncodeExactlyAsJavaUtf8IncludingBrokenSurrogates() {
        Random random = new Random(42);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(i % 100 == 0 ? 40_000 : 40);
            for (int j = 0; j < n; j++) {
                b.append(switch (random.nextInt(6)) {
                    case 0 -> (char) random.nextInt(0x80);
                    case 1 -> (char) (0x80 + random.nextInt(0x780));
                    case 2 -> (char) (0x800 + random.nextInt(0xD000));
                    case 3 -> "😀";
                    case 4 -> (char) (0xD800 + random.nextInt(0x800)); // lone surrogates
                    default -> 'a';
                });
            }
            String s = b.toString();
            byte[] actual = encodeOne(ColumnDef.required("s", ColumnType.STRING), s);
            byte[] expected = expectedString(s);
            if (!java.util.Arrays.equals(actual, expected)) { // AssertJ's element-wise diff is slow on 100 KB arrays
                assertThat(actual).as("string %d", i).isEqualTo(expected);
            }
        }
    }

    @Test
    void nullFlagOnlyForNullableColumns() {
        assertThat(encodeOne(ColumnDef.string("s"), null)).containsExactly(1);
        assertThat(encodeOne(ColumnDef.string("s"), "a")).containsExactly(0, 1, 'a');
        assertThat(encodeOne(ColumnDef.required("s", ColumnType.STRING), "a")).containsExactly(1, 'a');
        assertThatThrownBy(() -> encodeOne(ColumnDef.required("s", ColumnType.STRING), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("column s").hasMessageContaining("not nullable");
    }

    @Test
    void fixedWidthValuesAreLittleEndian() {
        assertThat(encodeOne(ColumnDef.required("n", ColumnType.INT64), 0x0102030405060708L))
                .containsExactly(8, 7, 6, 5, 4, 3, 2, 1);
        assertThat(encodeOne(ColumnDef.required("n", ColumnType.INT64), 5)).containsExactly(5, 0, 0, 0, 0, 0, 0, 0);
        assertThat(encodeOne(ColumnDef.required("f", ColumnType.FLOAT64), 1.0d))
                .containsExactly(0, 0, 0, 0, 0, 0, 0xF0, 0x3F);
        assertThat(encodeOne(ColumnDef.required("b", ColumnType.BOOLEAN), true)).containsExactly(1);
        // micros since the epoch, floored for instants before it
        assertThat(encodeOne(ColumnDef.required("t", ColumnType.TIMESTAMP), Instant.ofEpochSecond(0, 1_000)))
                .containsExactly(1, 0, 0, 0, 0, 0, 0, 0);
        assertThat(encodeOne(ColumnDef.required("t", ColumnType.TIMESTAMP), Instant.ofEpochSecond(-1, 999_999_000)))
                .containsExactly(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF);
    }

    @Test
    void wrongTypesNameTheRowAndColumn() {
        assertThatThrownBy(() -> encodeOne(ColumnDef.required("when", ColumnType.TIMESTAMP), "2026-01-01"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 0").hasMessageContaining("column when")
                .hasMessageContaining("Instant").hasMessageContaining("java.lang.String");
        assertThatThrownBy(() -> encodeOne(ColumnDef.required("t", ColumnType.TIMESTAMP), Instant.MAX))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of range");
    }

    @Test
    void theBufferIsReusedAcrossBatches() {
        RowBinaryEncoder e = new RowBinaryEncoder(List.of(ColumnDef.required("s", ColumnType.STRING)));
        e.encode(List.<Object[]>of(new Object[] {"x".repeat(200_000)}));
        e.encode(List.<Object[]>of(new Object[] {"ab"}));
        assertThat(e.bytes()).containsExactly(2, 'a', 'b');
        assertThat(e.size()).isEqualTo(3);
    }

    @Test
    void appendKeepsEarlierRowsAndARefusedBatchLeavesNoPartOfIt() {
        RowBinaryEncoder e = new RowBinaryEncoder(List.of(ColumnDef.required("s", ColumnType.STRING)));
        e.append(List.<Object[]>of(new Object[] {"ab"}));
        e.append(List.<Object[]>of(new Object[] {"c"}));
        assertThatThrownBy(() -> e.append(List.<Object[]>of(new Object[] {"fine"}, new Object[] {7L})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 1");
        assertThat(e.bytes()).containsExactly(2, 'a', 'b', 1, 'c');
        e.clear();
        assertThat(e.size()).isZero();
    }
}
