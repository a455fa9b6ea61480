package dev.kimball.connector.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kimball.api.SourceException;
import dev.kimball.connector.json.TestingJson.Read;
import dev.kimball.spi.RecordReader;
import dev.kimball.spi.SourceRecord;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Top-level arrays and concatenated (pretty-printed) objects, streamed with one parser. */
class JsonArrayTest {
    @TempDir
    Path dir;

    @Test
    void aPrettyPrintedArrayOfObjectsIsStreamed() throws IOException {
        Path file = TestingJson.write(dir.resolve("orders.json"), """
                [
                  {
                    "order": 1,
                    "customer": {"name": "Émile", "vip": true},
                    "lines": [{"sku": "A", "qty": 2}, {"sku": "B", "qty": 1}]
                  },
                  42,
                  {"order": 2, "customer": {"name": "Zoë"}, "lines": []},
                  [1, [2]],
                  {"order": 3, "order": 4}
                ]
                """);

        Read read = TestingJson.read(file);

        assertThat(read.header()).containsExactly("order", "customer.name", "customer.vip", "lines");
        assertThat(read.rows()).hasSize(2);
        assertThat(read.rows().get(0).values()).containsExactly("1", "Émile", "true", "[{\"sku\":\"A\",\"qty\":2},{\"sku\":\"B\",\"qty\":1}]");
        assertThat(read.rows().get(0).line()).isEqualTo(1);
        assertThat(read.rows().get(1).values()).containsExactly("2", "Zoë", null, "[]");
        assertThat(read.rows().get(1).line()).isEqualTo(3);
        assertThat(read.rejects()).extracting(SourceRecord::line).containsExactly(2L, 4L, 5L);
        assertThat(read.rejects()).extracting(SourceRecord::raw).containsExactly("42", "[1,[2]]", "{\"order\": 3, \"order\": 4}");
        assertThat(read.rejects()).extracting(SourceRecord::rejectReason).containsExactly(
                "array element 2 (line 7, column 3) is a number, expected a JSON object",
                "array element 4 (line 9, column 3) is an array, expected a JSON object",
                "field 'order' appears twice in the object (a repeated key, or keys that flatten to the same name)"
                        + " (array element 5 at line 10, column 3)");
        assertThat(read.dialect()).startsWith("JSON array, ");
    }

    @Test
    void concatenatedAndSinglePrettyPrintedObjectsAreRows() throws IOException {
        Path one = TestingJson.write(dir.resolve("config.json"), """
                {
                  "name": "kimball",
                  "limits": {"rows": 10, "bytes": 1.5e9}
                }
                """);
        Path many = TestingJson.write(dir.resolve("many.json"), "{\"a\":\n1}\n{\"a\": 2}{\"a\":3}\n\n  {\n\"a\":4}");

        Read single = TestingJson.read(one);
        Read several = TestingJson.read(many);

        assertThat(single.header()).containsExactly("name", "limits.rows", "limits.bytes");
        assertThat(single.records()).singleElement().satisfies(r -> assertThat(r.values()).containsExactly("kimball", "10", "1.5e9"));
        assertThat(single.dialect()).startsWith("concatenated JSON objects");
        assertThat(several.rows()).extracting(r -> r.values()[0]).containsExactly("1", "2", "3", "4");
        assertThat(several.rows()).extracting(SourceRecord::line).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void aJsonFileWhoseFirstLineIsAnObjectIsReadAsLines() throws IOException {
        Path file = TestingJson.write(dir.resolve("log.json"), "{\"a\": 1}\n{\"a\": 2,}\n{\"a\": 3}\n");

        Read read = TestingJson.read(file);

        assertThat(read.dialect()).startsWith("JSON lines");
        assertThat(read.rows()).extracting(r -> r.values()[0]).containsExactly("1", "3");
        assertThat(read.rejects()).extracting(SourceRecord::line).containsExactly(2L);
    }

    @Test
    void invalidJsonInsideAnArrayFailsNamingTheFileLineAndRowsRead() throws IOException {
        Path file = TestingJson.write(dir.resolve("broken.json"), "[\n{\"a\": 1},\n{\"a\": 2},\n{\"a\": 3\n");

        try (RecordReader r = TestingJson.open(file)) {
            assertThat(r.header()).containsExactly("a");
            assertThat(r.next().values()).containsExactly("1");
            assertThat(r.next().values()).containsExactly("2");
            assertThatThrownBy(r::next).isInstanceOf(SourceException.class)
                    .hasMessageStartingWith("invalid JSON in " + file.toAbsolutePath())
                    .hasMessageContaining("line 5").hasMessageContaining("2 rows were read before it")
                    .extracting(e -> ((SourceException) e).code()).isEqualTo("SOURCE_FORMAT");
        }
    }

    @Test
    void objectsOfAMinifiedArrayAreNumberedByPosition() throws IOException {
        Path file = TestingJson.write(dir.resolve("min.json"), "[{\"a\":1},{\"a\":2},7,{\"a\":3}]");

        Read read = TestingJson.read(file);

        assertThat(read.rows()).extracting(SourceRecord::line).containsExactly(1L, 2L, 4L);
        assertThat(read.rejects()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.rejectReason()).isEqualTo("array element 3 (line 1, column 18) is a number, expected a JSON object");
        });
    }

    @Test
    void contentAfterTheArrayFails() throws IOException {
        Path file = TestingJson.write(dir.resolve("after.json"), "[{\"a\": 1}] {\"a\": 2}");

        try (RecordReader r = TestingJson.open(file)) {
            assertThat(r.next().values()).containsExactly("1");
            assertThatThrownBy(r::next).isInstanceOf(SourceException.class).hasMessageContaining("after the closing ']'");
        }
    }

    @Test
    void emptyFilesAndEmptyArraysHaveNoColumnsAndNoRows() throws IOException {
        for (String text : new String[] {"", "  \n\t\n", "[]", "[\n]\n"}) {
            Path file = TestingJson.write(dir.resolve("empty.json"), text);

            Read read = TestingJson.read(file);

            assertThat(read.header()).as(text).isEmpty();
            assertThat(read.records()).as(text).isEmpty();
        }
    }

    @Test
    void aFileThatIsNotJsonFailsNamingWhatItStartsWith() throws IOException {
        Path file = TestingJson.write(dir.resolve("data.json"), "id,name\n1,a\n");

        assertThatThrownBy(() -> TestingJson.open(file)).isInstanceOf(SourceException.class)
                .hasMessage(file.toAbsolutePath() + " does not look like JSON: it starts with 'i' where '{' or '[' was expected"
                        + " (UTF-8); name it .jsonl to read it line by line")
                .extracting(e -> ((SourceException) e).code()).isEqualTo("SOURCE_FORMAT");
    }

    @Test
    void theRawTextOfARejectedObjectInAnArrayIsCutAfterOneMebibyte() throws IOException {
        String big = "x".repeat(1_500_000);
        Path file = TestingJson.write(dir.resolve("big.json"), "[{\"a\": 1}, {\"a\": \"" + big + "\", \"a\": 2}, {\"a\": 3}]");

        Read read = TestingJson.read(file);

        assertThat(read.rows()).extracting(r -> r.values()[0]).containsExactly("1", "3");
        SourceRecord reject = read.rejects().get(0);
        assertThat(reject.raw()).startsWith("{\"a\": \"xxx").endsWith(" ... (cut: at most 1024 KiB of an object are kept)");
        assertThat(reject.raw().length()).isBetween(1 << 20, (1 << 20) + 70 * 1024 + 100);
    }
}
