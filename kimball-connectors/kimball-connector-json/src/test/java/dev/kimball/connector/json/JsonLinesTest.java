package dev.kimball.connector.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kimball.api.Sources;
import dev.kimball.connector.json.TestingJson.Read;
import dev.kimball.spi.SourceRecord;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON lines: flattening, values as written, missing keys, and bad lines rejected with their line numbers. */
class JsonLinesTest {
    @TempDir
    Path dir;

    @Test
    void objectsAreFlattenedAndValuesKeepTheirText() throws IOException {
        Path file = TestingJson.write(dir.resolve("events.jsonl"), """
                {"id": 1, "user": {"name": "Ana", "address": {"city": "Zürich", "zip": "8001"}}, "tags": ["a", "b"], "amount": 12.50, "ok": true, "note": null}
                {"id": 2, "user": {"name": "李雷"}, "tags": [], "amount": -1e3, "ok": false, "extra": {"deep": [1, {"x": 2.0}]}}
                {"amount": 0.1000000000000000055511151231257827, "id": 12345678901234567890123}
                """);

        Read read = TestingJson.read(file);

        assertThat(read.header()).containsExactly("id", "user.name", "user.address.city", "user.address.zip", "tags", "amount",
                "ok", "note", "extra.deep");
        assertThat(read.records()).noneMatch(SourceRecord::isReject);
        assertThat(read.records().get(0).values()).containsExactly("1", "Ana", "Zürich", "8001", "[\"a\",\"b\"]", "12.50", "true",
                null, null);
        assertThat(read.records().get(1).values()).containsExactly("2", "李雷", null, null, "[]", "-1e3", "false", null,
                "[1,{\"x\":2.0}]");
        assertThat(read.records().get(2).values()).containsExactly("12345678901234567890123", null, null, null, null,
                "0.1000000000000000055511151231257827", null, null, null);
        assertThat(read.records()).extracting(SourceRecord::line).containsExactly(1L, 2L, 3L);
        assertThat(read.encoding()).isEqualTo("UTF-8");
        assertThat(read.dialect()).isEqualTo("JSON lines, nested names joined with '.', header from 3 objects (the whole file)");
    }

    @Test
    void badLinesAreRejectedWithLineNumbersAndReadingContinues() throws IOException {
        Path file = TestingJson.write(dir.resolve("bad.jsonl"), "{\"a\": 1}\r\n"
                + "{\"a\": 2,}\r\n"
                + "\r\n"
                + "[1, 2]\n"
                + "{\"a\": \"unterminated}\n"
                + "   \n"
                + "{\"a\": 3} {\"a\": 4}\n"
                + "\"just a string\"\n"
                + "{\"a\": 5, \"a\": 6}\n"
                + "{\"a\": {\"b\": 1}, \"a.b\": 2}\n"
                + "{\"a\": 7}");

        Read read = TestingJson.read(file);

        assertThat(read.rows()).extracting(r -> r.values()[0]).containsExactly("1", "7");
        assertThat(read.rows()).extracting(SourceRecord::line).containsExactly(1L, 11L);
        assertThat(read.header()).containsExactly("a", "a.b");
        assertThat(read.rejects()).extracting(SourceRecord::line).containsExactly(2L, 4L, 5L, 7L, 8L, 9L, 10L);
        assertThat(read.rejects()).extracting(SourceRecord::raw).containsExactly("{\"a\": 2,}", "[1, 2]", "{\"a\": \"unterminated}",
                "{\"a\": 3} {\"a\": 4}", "\"just a string\"", "{\"a\": 5, \"a\": 6}", "{\"a\": {\"b\": 1}, \"a.b\": 2}");
        assertThat(read.rejects()).extracting(SourceRecord::rejectReason).containsExactly(
                "invalid JSON: Unexpected character ('}' (code 125)): was expecting double-quote to start field name (column 9)",
                "the line is an array, expected a JSON object",
                "invalid JSON: Unexpected end-of-input in VALUE_STRING (column 21)",
                "unexpected content after the object at column 10",
                "the line is a string, expected a JSON object",
                "field 'a' appears twice in the object (a repeated key, or keys that flatten to the same name)",
                "field 'a.b' appears twice in the object (a repeated key, or keys that flatten to the same name)");
    }

    @Test
    void theSourcesSeparatorJoinsNestedNames() throws IOException {
        Path file = TestingJson.write(dir.resolve("sep.jsonl"), "{\"a\": {\"b\": {\"c\": 1}}, \"a.b\": 2}\n");

        Read read = TestingJson.read(file, Sources.json(file).separator("__"));

        assertThat(read.header()).containsExactly("a__b__c", "a.b");
        assertThat(read.records().get(0).values()).containsExactly("1", "2");
        assertThat(read.dialect()).contains("nested names joined with '__'");
    }

    @Test
    void emptyObjectsAreJsonTextAndScalarsAndObjectsMayShareAName() throws IOException {
        Path file = TestingJson.write(dir.resolve("shapes.jsonl"), """
                {"a": {}, "b": 1}
                {"a": {"x": 1}, "b": {"c": true}}
                {"a": "text", "b": [{"c": null}]}
                {}
                """);

        Read read = TestingJson.read(file);

        assertThat(read.header()).containsExactly("a", "b", "a.x", "b.c");
        assertThat(read.records()).extracting(r -> String.join("|", java.util.Arrays.stream(r.values()).map(String::valueOf).toList()))
                .containsExactly("{}|1|null|null", "null|null|1|true", "text|[{\"c\":null}]|null|null", "null|null|null|null");
    }

    @Test
    void aLineLongerThanTheLimitIsRejectedWithItsStartAndTheNextLineRead() throws IOException {
        Path file = dir.resolve("long.jsonl");
        try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
            out.write("{\"a\": 1}\n{\"a\": \"".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] chunk = "y".repeat(1 << 20).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            for (int i = 0; i < (LineReader.MAX_LINE >> 20) + 1; i++) {
                out.write(chunk);
            }
            out.write("\"}\n{\"a\": 2}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        Read read = TestingJson.read(file);

        assertThat(read.rows()).extracting(r -> r.values()[0]).containsExactly("1", "2");
        assertThat(read.rows()).extracting(SourceRecord::line).containsExactly(1L, 3L);
        assertThat(read.rejects()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.rejectReason()).isEqualTo("line longer than 32 MiB (raw text cut to its start)");
            assertThat(r.raw()).hasSize(1000).startsWith("{\"a\": \"yyy");
        });
    }
}
