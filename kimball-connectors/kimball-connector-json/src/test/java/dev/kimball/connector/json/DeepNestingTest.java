package dev.kimball.connector.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kimball.connector.json.TestingJson.Read;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deep objects flatten to long names; nesting past Jackson's 1000 levels rejects the line, not the file. */
class DeepNestingTest {
    @TempDir
    Path dir;

    @Test
    void deepObjectsAndArraysFlatten() throws IOException {
        String line = "{\"id\": 1, " + "{\"l\": ".repeat(200).substring(1) + "\"bottom\"" + "}".repeat(199)
                + ", \"arr\": " + "[".repeat(900) + "7" + "]".repeat(900) + "}";
        Path file = TestingJson.write(dir.resolve("deep.jsonl"), line + "\n");

        Read read = TestingJson.read(file);

        assertThat(read.rejects()).isEmpty();
        assertThat(read.header()).containsExactly("id", String.join(".", java.util.Collections.nCopies(200, "l")), "arr");
        assertThat(read.rows().get(0).values()).containsExactly("1", "bottom", "[".repeat(900) + "7" + "]".repeat(900));
    }

    @Test
    void nestingPastTheLimitRejectsTheLineAndReadingContinues() throws IOException {
        String tooDeep = "{\"a\": " + "[".repeat(1500) + "]".repeat(1500) + "}";
        Path file = TestingJson.write(dir.resolve("toodeep.jsonl"), "{\"a\": 1}\n" + tooDeep + "\n{\"a\": 2}\n");

        Read read = TestingJson.read(file);

        assertThat(read.rows()).extracting(r -> r.values()[0]).containsExactly("1", "2");
        assertThat(read.rejects()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.rejectReason()).startsWith("invalid JSON: Document nesting depth (1001) exceeds the maximum allowed (1000");
            assertThat(r.raw()).isEqualTo(tooDeep);
        });
    }
}
