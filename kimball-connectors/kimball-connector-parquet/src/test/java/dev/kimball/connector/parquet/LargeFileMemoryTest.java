package dev.kimball.connector.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 1M-row file in a single 128 MiB-target row group streams through a child JVM whose heap (96 MiB) is far smaller
 * than the rows as strings (~400 MB): the reader holds one row group's compressed chunks and decoded pages, never the
 * rows. The child also reads the same checksum as this JVM computes from the rows, so nothing was skipped.
 */
class LargeFileMemoryTest {
    @TempDir
    Path dir;

    @Test
    void millionRowsStreamInABoundedHeap() throws IOException, InterruptedException {
        Path file = dir.resolve("large.parquet");
        ParquetReadCheck.write(file, 1_000_000);
        long[] expected = ParquetReadCheck.read(file);

        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(java.toString(), "-Xmx96m", "-XX:+UseSerialGC", "-cp", classpath,
                ParquetReadCheck.class.getName(), "read", file.toString())).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();

        System.out.println("child JVM: " + out.lines().filter(l -> l.startsWith("rows=")).findFirst().orElse(out));
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("rows=1000000 checksum=" + expected[1] + " ");
        assertThat(expected[0]).isEqualTo(1_000_000);
        assertThat(Files.size(file)).isGreaterThan(10_000_000);
    }
}
