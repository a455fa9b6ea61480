package dev.kimball.core.bronze;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bounded memory: a generated CSV of about 2 GB loads into bronze in a child JVM with {@code -Xmx256m}.
 * Opt-in (minutes of disk I/O): {@code mvn -pl kimball-core -am verify -Pbig-file}; the default build excludes it.
 * Size with {@code -Dkimball.bigfile.mb=2048}.
 */
class BigFileLoadIT {
    @TempDir
    Path dir;

    @Test
    void twoGigabyteCsvLoadsUnder256MegabytesOfHeap() throws Exception {
        long targetBytes = Long.getLong("kimball.bigfile.mb", 2048) * 1024 * 1024;
        Path csv = dir.resolve("big.csv");
        long rows = 0;
        long written = 0;
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("id,customer,city,amount,sold_at,comment\n");
            StringBuilder line = new StringBuilder(160);
            while (written < targetBytes) {
                line.setLength(0);
                line.append(rows).append(",Customer ").append(rows % 100_003).append(",\"City, ").append(rows % 977)
                        .append("\",").append(rows % 100_000 / 100.0).append(",2024-")
                        .append(String.format("%02d-%02d", 1 + rows % 12, 1 + rows % 28))
                        .append(",\"a comment with \"\"quotes\"\" and text to make the row longer\"\n");
                w.append(line);
                written += line.length();
                rows++;
            }
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), BigFileLoadMain.class.getName(),
                csv.toString(), dir.resolve("w.duckdb").toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.MINUTES)).isTrue();
        System.out.println("big file (" + written / (1 << 20) + " MB, " + rows + " rows): " + out);
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("read=" + rows + " loaded=" + rows + " rejected=0");
    }
}
