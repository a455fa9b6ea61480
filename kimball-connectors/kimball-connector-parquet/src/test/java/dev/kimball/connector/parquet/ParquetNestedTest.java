package dev.kimball.connector.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kimball.spi.SourceRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.parquet.example.data.Group;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lists (three- and two-level), maps, structs and legacy repeated fields become JSON text, nulls and empties kept apart. */
class ParquetNestedTest {
    private static final String SCHEMA = """
            message nested {
              required int32 id;
              optional group tags (LIST) { repeated group list { optional binary element (STRING); } }
              optional group scores (LIST) { repeated int32 array; }
              optional group attrs (MAP) { repeated group key_value { required binary key (STRING); optional int64 value; } }
              optional group address {
                optional binary city (STRING);
                optional int32 zip;
                optional int64 balance (DECIMAL(12,2));
                optional group geo { required double lat; required double lon; }
              }
              repeated binary legacy (STRING);
              optional group points (LIST) { repeated group list { optional group element { required int32 x; optional int32 y; } } }
              optional group matrix (LIST) {
                repeated group list { optional group element (LIST) { repeated group list { optional float element; } } }
              }
              optional group stamps (LIST) { repeated group list { optional int64 element (TIMESTAMP(MILLIS,true)); } }
              optional group flags (MAP) { repeated group key_value { required int32 key; optional boolean value; } }
              optional group pairs (LIST) { repeated group pairs_tuple { required binary k (STRING); } }
            }""";

    @TempDir
    Path dir;

    @Test
    void nestedValuesBecomeJsonText() throws IOException {
        Path file = TestingParquet.write(dir.resolve("nested.parquet"), SCHEMA, ParquetNestedTest::full, ParquetNestedTest::empties,
                g -> g.append("id", 3));

        List<SourceRecord> rows = TestingParquet.readAll(file);

        assertThat(rows).hasSize(3).noneMatch(SourceRecord::isReject);
        assertThat(rows.get(0).values()).containsExactly("1",
                "[\"a\",null,\"ç \\\"q\\\"\"]",
                "[1,2]",
                "{\"x\":1,\"y\":null}",
                "{\"city\":\"Zürich\",\"zip\":8001,\"balance\":-12.50,\"geo\":{\"lat\":47.37,\"lon\":8.54}}",
                "[\"p\",\"q\"]",
                "[{\"x\":1,\"y\":2},{\"x\":3,\"y\":null},null]",
                "[[1.5,\"NaN\"],[],null]",
                "[\"2023-11-14T22:13:20.123Z\"]",
                "{\"7\":true,\"8\":null}",
                "[{\"k\":\"a\"},{\"k\":\"b\"}]");
        assertThat(rows.get(1).values()).containsExactly("2", "[]", null, "{}",
                "{\"city\":null,\"zip\":1,\"balance\":null,\"geo\":null}", "[]", "[]", "[null]", "[null]", "{}", "[]");
        assertThat(rows.get(2).values()).containsExactly("3", null, null, null, null, "[]", null, null, null, null, null);
    }

    @Test
    void repeatedFieldsInsideAStructAreArraysInSchemaOrder() throws IOException {
        String schema = """
                message m {
                  optional group s {
                    repeated int32 a;
                    optional binary b (STRING);
                    repeated group c { optional int32 d; }
                  }
                }""";
        Path file = TestingParquet.write(dir.resolve("rep.parquet"), schema,
                g -> {
                    Group s = g.addGroup("s");
                    s.append("a", 1).append("a", 2).append("b", "x");
                    s.addGroup("c").append("d", 5);
                    s.addGroup("c");
                },
                g -> g.addGroup("s").append("b", "only"));

        List<SourceRecord> rows = TestingParquet.readAll(file);

        assertThat(rows.get(0).values()).containsExactly("{\"a\":[1,2],\"b\":\"x\",\"c\":[{\"d\":5},{\"d\":null}]}");
        assertThat(rows.get(1).values()).containsExactly("{\"a\":[],\"b\":\"only\",\"c\":[]}");
    }

    private static void full(Group g) {
        g.append("id", 1);
        Group tags = g.addGroup("tags");
        tags.addGroup("list").append("element", "a");
        tags.addGroup("list");
        tags.addGroup("list").append("element", "ç \"q\"");
        g.addGroup("scores").append("array", 1).append("array", 2);
        Group attrs = g.addGroup("attrs");
        attrs.addGroup("key_value").append("key", "x").append("value", 1L);
        attrs.addGroup("key_value").append("key", "y");
        Group address = g.addGroup("address").append("city", "Zürich").append("zip", 8001).append("balance", -1250L);
        address.addGroup("geo").append("lat", 47.37).append("lon", 8.54);
        g.append("legacy", "p").append("legacy", "q");
        Group points = g.addGroup("points");
        points.addGroup("list").addGroup("element").append("x", 1).append("y", 2);
        points.addGroup("list").addGroup("element").append("x", 3);
        points.addGroup("list");
        Group matrix = g.addGroup("matrix");
        Group row1 = matrix.addGroup("list").addGroup("element");
        row1.addGroup("list").append("element", 1.5f);
        row1.addGroup("list").append("element", Float.NaN);
        matrix.addGroup("list").addGroup("element");
        matrix.addGroup("list");
        g.addGroup("stamps").addGroup("list").append("element", 1700000000123L);
        Group flags = g.addGroup("flags");
        flags.addGroup("key_value").append("key", 7).append("value", true);
        flags.addGroup("key_value").append("key", 8);
        Group pairs = g.addGroup("pairs");
        pairs.addGroup("pairs_tuple").append("k", "a");
        pairs.addGroup("pairs_tuple").append("k", "b");
    }

    private static void empties(Group g) {
        g.append("id", 2);
        g.addGroup("tags");
        g.addGroup("attrs");
        g.addGroup("address").append("zip", 1);
        g.addGroup("points");
        g.addGroup("matrix").addGroup("list");
        g.addGroup("stamps").addGroup("list");
        g.addGroup("flags");
        g.addGroup("pairs");
    }
}
