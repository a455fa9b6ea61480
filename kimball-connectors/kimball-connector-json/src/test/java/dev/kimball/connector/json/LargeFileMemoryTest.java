package dev.kimball.connector.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * 100k objects (~28 MB of JSON, far more as Java strings) stream through a child JVM with a 32 MiB heap, as JSON lines
 * and as one array: neither pass keeps rows. The child reads the same checksum as this JVM computes from the rows.
 */
class LargeFileMemoryTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"large.jsonl", "large.json"})
    void hundredThousandRowsStreamInABoundedHeap(String name) throws IOException, InterruptedException {
        Path file = dir.resolve(name);
        JsonReadCheck.write(file, 100_000);
        long[] expected = JsonReadCheck.read(file);

        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(java.toString(), "-Xmx32m", "-XX:+UseSerialGC", "-cp", classpath,
                JsonReadCheck.class.getName(), "read", file.toString())).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();

        System.out.println(name + " child JVM: " + out.lines().filter(l -> l.startsWith("rows=")).findFirst().orElse(out));
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("rows=100000 checksum=" + expected[1] + " ");
        assertThat(expected[0]).isEqualTo(100_000);
        assertThat(Files.size(file)).isGreaterThan(25_000_000);
    }
}
