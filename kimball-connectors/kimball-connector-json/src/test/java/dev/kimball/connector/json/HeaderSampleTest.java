package dev.kimball.connector.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kimball.connector.json.TestingJson.Read;
import dev.kimball.spi.SourceRecord;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The header comes from a sample; what happens to fields first seen after it. */
class HeaderSampleTest {
    @TempDir
    Path dir;

    @Test
    void fieldsFirstSeenAfterTheSampleGoToTheExtraColumn() throws IOException {
        Path file = dir.resolve("late.jsonl");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 1; i <= JsonRecordReader.SAMPLE_OBJECTS + 5; i++) {
                if (i == JsonRecordReader.SAMPLE_OBJECTS + 3) {
                    w.write("{\"id\": " + i + ", \"late\": {\"x\": [1, 2], \"y\": null}, \"flag\": true, \"s\": \"q\\\"\"}\n");
                } else {
                    w.write("{\"id\": " + i + "}\n");
                }
            }
        }

        Read read = TestingJson.read(file);

        assertThat(read.header()).containsExactly("id", "_extra");
        assertThat(read.rejects()).isEmpty();
        assertThat(read.rows()).hasSize(JsonRecordReader.SAMPLE_OBJECTS + 5);
        SourceRecord late = read.rows().get(JsonRecordReader.SAMPLE_OBJECTS + 2);
        assertThat(late.line()).isEqualTo(JsonRecordReader.SAMPLE_OBJECTS + 3);
        assertThat(late.values()).containsExactly(Integer.toString(JsonRecordReader.SAMPLE_OBJECTS + 3),
                "{\"late.x\":[1,2],\"late.y\":null,\"flag\":true,\"s\":\"q\\\"\"}");
        assertThat(read.rows().get(0).values()).containsExactly("1", null);
        assertThat(read.dialect()).isEqualTo("JSON lines, nested names joined with '.', header from 10000 objects"
                + " (fields first seen later go to _extra)");
    }

    @Test
    void aFileReadWholeBySampleHasNoExtraColumnEvenAtExactlyTheLimit() throws IOException {
        Path file = dir.resolve("exact.jsonl");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 1; i <= JsonRecordReader.SAMPLE_OBJECTS; i++) {
                w.write("{\"id\": " + i + (i == JsonRecordReader.SAMPLE_OBJECTS ? ", \"last\": 1" : "") + "}\n");
            }
        }

        Read read = TestingJson.read(file);

        assertThat(read.header()).containsExactly("id", "last");
        assertThat(read.dialect()).endsWith("header from 10000 objects (the whole file)");
    }

    @Test
    void theExtraColumnAvoidsARealFieldOfTheSameName() throws IOException {
        Path file = dir.resolve("clash.json");
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < JsonRecordReader.SAMPLE_OBJECTS + 1; i++) {
            b.append(i == 0 ? "" : ",").append("{\"_extra\": ").append(i).append(i == JsonRecordReader.SAMPLE_OBJECTS ? ", \"new\": \"v\"" : "")
                    .append("}\n");
        }
        Files.writeString(file, b.append("]").toString());

        Read read = TestingJson.read(file);

        assertThat(read.header()).containsExactly("_extra", "_extra_2");
        assertThat(read.rows().get(JsonRecordReader.SAMPLE_OBJECTS).values()).containsExactly("10000", "{\"new\":\"v\"}");
    }

    @Test
    void fieldsPastTheColumnLimitGoToTheExtraColumn() throws IOException {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < ColumnTree.MAX_COLUMNS + 2; i++) {
            b.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(i);
        }
        Path file = TestingJson.write(dir.resolve("wide.jsonl"), b.append("}\n").toString());

        Read read = TestingJson.read(file);

        assertThat(read.header()).hasSize(ColumnTree.MAX_COLUMNS + 1).endsWith("k1999", "_extra");
        assertThat(read.rows().get(0).values()[ColumnTree.MAX_COLUMNS]).isEqualTo("{\"k2000\":2000,\"k2001\":2001}");
    }

    @Test
    void missingKeysAreNullAndColumnsKeepFirstSeenOrder() throws IOException {
        Path file = TestingJson.write(dir.resolve("order.jsonl"), "{\"b\": 1}\n{\"a\": 2, \"c\": {\"d\": 3}}\n{\"c\": {\"e\": 4}, \"b\": 5}\n");

        Read read = TestingJson.read(file);

        assertThat(read.header()).containsExactly("b", "a", "c.d", "c.e");
        assertThat(read.rows()).extracting(r -> java.util.Arrays.asList(r.values())).containsExactly(
                java.util.Arrays.asList("1", null, null, null),
                java.util.Arrays.asList(null, "2", "3", null),
                java.util.Arrays.asList("5", null, null, "4"));
    }
}
