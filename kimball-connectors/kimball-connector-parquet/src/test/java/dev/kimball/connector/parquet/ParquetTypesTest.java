package dev.kimball.connector.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kimball.spi.RecordReader;
import dev.kimball.spi.SourceRecord;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.parquet.example.data.simple.NanoTime;
import org.apache.parquet.io.api.Binary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every primitive and logical type written by parquet-mr's writer reads back as the exact documented string. */
class ParquetTypesTest {
    private static final String SCHEMA = """
            message all_types {
              required int32 i32;
              optional int32 i8 (INTEGER(8,true));
              optional int32 u8 (INTEGER(8,false));
              optional int32 u32 (INTEGER(32,false));
              optional int64 i64;
              optional int64 u64 (INTEGER(64,false));
              optional boolean flag;
              optional float f;
              optional double d;
              optional binary s (STRING);
              optional binary e (ENUM);
              optional binary j (JSON);
              optional fixed_len_byte_array(16) id (UUID);
              optional binary raw;
              optional fixed_len_byte_array(3) fixed3;
              optional binary bson (BSON);
              optional int32 dec32 (DECIMAL(9,2));
              optional int64 dec64 (DECIMAL(18,4));
              optional fixed_len_byte_array(16) decfixed (DECIMAL(38,10));
              optional binary decbin (DECIMAL(60,5));
              optional int32 day (DATE);
              optional int32 tmillis (TIME(MILLIS,true));
              optional int64 tmicros (TIME(MICROS,false));
              optional int64 tnanos (TIME(NANOS,false));
              optional int64 tsmillis (TIMESTAMP(MILLIS,true));
              optional int64 tsmicros (TIMESTAMP(MICROS,false));
              optional int64 tsnanos (TIMESTAMP(NANOS,true));
              optional int64 legacy_ts (TIMESTAMP_MILLIS);
              optional int96 ts96;
              optional fixed_len_byte_array(12) span (INTERVAL);
              optional fixed_len_byte_array(2) half (FLOAT16);
            }""";

    @TempDir
    Path dir;

    @Test
    void everyTypeBecomesItsDocumentedString() throws IOException {
        Path file = TestingParquet.write(dir.resolve("types.parquet"), SCHEMA, g -> {
            g.append("i32", -2147483648).append("i8", -128).append("u8", 255).append("u32", -1)
                    .append("i64", Long.MIN_VALUE).append("u64", -1L).append("flag", true)
                    .append("f", 0.1f).append("d", 0.1 + 0.2)
                    .append("s", "héllo 世界 🎉").append("e", "RED").append("j", "{\"a\": [1, 2]}")
                    .append("id", Binary.fromConstantByteArray(uuidBytes("123e4567-e89b-12d3-a456-426614174000")))
                    .append("raw", Binary.fromConstantByteArray(new byte[] {0, (byte) 0xff, 0x10}))
                    .append("fixed3", Binary.fromConstantByteArray(new byte[] {1, 2, 3}))
                    .append("bson", Binary.fromConstantByteArray(new byte[] {5, 0, 0, 0, 0}))
                    .append("dec32", 12345).append("dec64", -123456789L)
                    .append("decfixed", Binary.fromConstantByteArray(twosComplement("12345678901234567890123", 16)))
                    .append("decbin", Binary.fromConstantByteArray(new BigInteger("-98765432109876543210987654321098765432100001").toByteArray()))
                    .append("day", 19000).append("tmillis", 45296789).append("tmicros", 45296789012L)
                    .append("tnanos", 45296789012345L).append("tsmillis", 1700000000123L)
                    .append("tsmicros", 1700000000123456L).append("tsnanos", 1700000000123456789L)
                    .append("legacy_ts", 1700000000123L)
                    .append("ts96", new NanoTime(2440588 + 19000, 3723000000001L))
                    .append("span", Binary.fromConstantByteArray(interval(14, 3, 5004)))
                    .append("half", Binary.fromConstantByteArray(new byte[] {0x00, 0x3C}));
        }, g -> g.append("i32", 7));

        List<SourceRecord> records = TestingParquet.readAll(file);

        assertThat(records).hasSize(2).noneMatch(SourceRecord::isReject);
        Map<String, String> row = row(file, records.get(0));
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("i32", "-2147483648");
        expected.put("i8", "-128");
        expected.put("u8", "255");
        expected.put("u32", "4294967295");
        expected.put("i64", "-9223372036854775808");
        expected.put("u64", "18446744073709551615");
        expected.put("flag", "true");
        expected.put("f", "0.1");
        expected.put("d", "0.30000000000000004");
        expected.put("s", "héllo 世界 🎉");
        expected.put("e", "RED");
        expected.put("j", "{\"a\": [1, 2]}");
        expected.put("id", "123e4567-e89b-12d3-a456-426614174000");
        expected.put("raw", "00ff10");
        expected.put("fixed3", "010203");
        expected.put("bson", "0500000000");
        expected.put("dec32", "123.45");
        expected.put("dec64", "-12345.6789");
        expected.put("decfixed", "1234567890123.4567890123");
        expected.put("decbin", "-987654321098765432109876543210987654321.00001");
        expected.put("day", "2022-01-08");
        expected.put("tmillis", "12:34:56.789");
        expected.put("tmicros", "12:34:56.789012");
        expected.put("tnanos", "12:34:56.789012345");
        expected.put("tsmillis", "2023-11-14T22:13:20.123Z");
        expected.put("tsmicros", "2023-11-14T22:13:20.123456");
        expected.put("tsnanos", "2023-11-14T22:13:20.123456789Z");
        expected.put("legacy_ts", "2023-11-14T22:13:20.123Z");
        expected.put("ts96", "2022-01-08T01:02:03.000000001");
        expected.put("span", "P14M3DT5.004S");
        expected.put("half", "1.0");
        assertThat(row).containsExactlyEntriesOf(expected);

        SourceRecord nulls = records.get(1);
        assertThat(nulls.line()).isEqualTo(2);
        assertThat(nulls.values()[0]).isEqualTo("7");
        assertThat(Arrays.copyOfRange(nulls.values(), 1, nulls.values().length)).containsOnlyNulls();
    }

    @Test
    void edgeValuesKeepTheirExactText() throws IOException {
        String schema = """
                message edges {
                  optional float f;
                  optional double d;
                  optional int64 ts (TIMESTAMP(MILLIS,true));
                  optional int64 tsn (TIMESTAMP(NANOS,false));
                  optional int32 day (DATE);
                  optional int32 dec (DECIMAL(9,3));
                  optional int64 big_dec (DECIMAL(18,0));
                  optional fixed_len_byte_array(2) half (FLOAT16);
                  optional fixed_len_byte_array(12) span (INTERVAL);
                }""";
        Path file = TestingParquet.write(dir.resolve("edges.parquet"), schema,
                g -> g.append("f", Float.NaN).append("d", 1e-5).append("ts", -1L).append("tsn", -1L).append("day", -719528)
                        .append("dec", -5).append("big_dec", 999999999999999999L)
                        .append("half", Binary.fromConstantByteArray(new byte[] {0x55, 0x35}))
                        .append("span", Binary.fromConstantByteArray(interval(0, 0, 0))),
                g -> g.append("f", Float.NEGATIVE_INFINITY).append("d", 1e21).append("ts", 253402300799999L)
                        .append("tsn", 0L).append("day", 2932897).append("dec", 1000)
                        .append("half", Binary.fromConstantByteArray(new byte[] {0x00, (byte) 0xC0}))
                        .append("span", Binary.fromConstantByteArray(interval(1, 0, 60000))),
                g -> g.append("d", -0.0).append("f", 3.4028235e38f).append("day", 0));

        List<SourceRecord> rows = TestingParquet.readAll(file);

        assertThat(rows.get(0).values()).containsExactly("NaN", "1.0E-5", "1969-12-31T23:59:59.999Z",
                "1969-12-31T23:59:59.999999999", "0000-01-01", "-0.005", "999999999999999999", "0.33325195", "P0M0DT0S");
        assertThat(rows.get(1).values()).containsExactly("-Infinity", "1.0E21", "9999-12-31T23:59:59.999Z",
                "1970-01-01T00:00:00.000000000", "+10000-01-01", "1.000", null, "-2.0", "P1M0DT60S");
        assertThat(rows.get(2).values()).containsExactly("3.4028235E38", "-0.0", null, null, "1970-01-01", null, null, null, null);
    }

    @Test
    void plainEncodedAndUncompressedColumnsReadTheSame() throws IOException {
        String schema = "message m { required binary s (STRING); required int64 ts (TIMESTAMP(MICROS,true)); }";
        List<java.util.function.Consumer<org.apache.parquet.example.data.Group>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            int k = i;
            rows.add(g -> g.append("s", "v" + (k % 7)).append("ts", k * 1_000_001L));
        }
        Path dict = TestingParquet.write(dir.resolve("dict.parquet"),
                org.apache.parquet.schema.MessageTypeParser.parseMessageType(schema),
                org.apache.parquet.hadoop.metadata.CompressionCodecName.ZSTD, true, rows);
        Path plain = TestingParquet.write(dir.resolve("plain.parquet"),
                org.apache.parquet.schema.MessageTypeParser.parseMessageType(schema),
                org.apache.parquet.hadoop.metadata.CompressionCodecName.UNCOMPRESSED, false, rows);

        List<SourceRecord> a = TestingParquet.readAll(dict);
        List<SourceRecord> b = TestingParquet.readAll(plain);

        assertThat(a).hasSize(1000);
        for (int i = 0; i < 1000; i++) {
            assertThat(a.get(i).values()).containsExactly(b.get(i).values());
        }
        assertThat(a.get(999).values()).containsExactly("v5", "1970-01-01T00:16:39.000999Z");
    }

    @Test
    void timeOutsideTheDayRejectsTheRowAndReadingContinues() throws IOException {
        String schema = "message m { required int32 id; optional int32 t (TIME(MILLIS,false)); }";
        Path file = TestingParquet.write(dir.resolve("bad_time.parquet"), schema,
                g -> g.append("id", 1).append("t", 1000),
                g -> g.append("id", 2).append("t", 86_400_000),
                g -> g.append("id", 3).append("t", -1));

        List<SourceRecord> records = TestingParquet.readAll(file);

        assertThat(records.get(0).values()).containsExactly("1", "00:00:01.000");
        assertThat(records.get(1).isReject()).isTrue();
        assertThat(records.get(1).line()).isEqualTo(2);
        assertThat(records.get(1).rejectReason()).isEqualTo("column 't': TIME value 86400000 (3 fraction digits) is outside 00:00..24:00");
        assertThat(records.get(1).raw()).isEqualTo("{\"id\":\"2\",\"t\":null}");
        assertThat(records.get(2).isReject()).isTrue();
        assertThat(records.get(2).line()).isEqualTo(3);
    }

    @Test
    void headerIsTheTopLevelFieldNames() throws IOException {
        Path file = TestingParquet.write(dir.resolve("types.parquet"), SCHEMA, g -> g.append("i32", 1));
        try (RecordReader r = TestingParquet.open(file)) {
            assertThat(r.header()).startsWith("i32", "i8", "u8").endsWith("ts96", "span", "half").hasSize(31);
            assertThat(r.encoding()).isEqualTo("UTF-8 (Parquet strings)");
            assertThat(r.next()).isNotNull();
            assertThat(r.next()).isNull();
            assertThat(r.bytesRead()).isEqualTo(java.nio.file.Files.size(file));
        }
    }

    private static Map<String, String> row(Path file, SourceRecord rec) {
        Map<String, String> m = new LinkedHashMap<>();
        try (RecordReader r = TestingParquet.open(file)) {
            List<String> header = r.header();
            for (int i = 0; i < header.size(); i++) {
                m.put(header.get(i), rec.values()[i]);
            }
        }
        return m;
    }

    static byte[] uuidBytes(String uuid) {
        UUID u = UUID.fromString(uuid);
        return ByteBuffer.allocate(16).putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits()).array();
    }

    static byte[] twosComplement(String unscaled, int width) {
        byte[] minimal = new BigInteger(unscaled).toByteArray();
        byte[] out = new byte[width];
        byte fill = (byte) (minimal[0] < 0 ? 0xff : 0);
        Arrays.fill(out, fill);
        System.arraycopy(minimal, 0, out, width - minimal.length, minimal.length);
        return out;
    }

    static byte[] interval(int months, int days, int millis) {
        return ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN).putInt(months).putInt(days).putInt(millis).array();
    }
}
