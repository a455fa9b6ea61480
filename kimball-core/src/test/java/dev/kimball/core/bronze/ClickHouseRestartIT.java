package dev.kimball.core.bronze;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kimball.api.Kimball;
import dev.kimball.api.KimballException;
import dev.kimball.api.KimballSession;
import dev.kimball.api.LoadReport;
import dev.kimball.api.Sources;
import dev.kimball.api.TableRef;
import dev.kimball.core.TestingSessions;
import dev.kimball.spi.Dialect;
import dev.kimball.spi.Warehouse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real ClickHouse server is stopped and started again in the middle of a load. The load must either complete with
 * exact counts (no duplicate, no missing row: retried batches carry their insert_deduplication_token) or fail with an
 * error that says to re-run, after which a re-run leaves exactly one copy. Uses a second, private server on its own port
 * (scripts/services/clickhouse.sh with its own home), so the shared test server is never disturbed.
 */
class ClickHouseRestartIT {
    private static final Path SCRIPT = Path.of("..", "scripts", "services", "clickhouse.sh").toAbsolutePath().normalize();
    private static final int ROWS = 600_000;

    @TempDir
    Path dir;
    private Path home;
    private final int port = 18_000 + (int) (ProcessHandle.current().pid() % 1000);

    private void server(String command) throws IOException, InterruptedException {
        Path shared = Path.of(System.getenv().getOrDefault("KIMBALL_CLICKHOUSE_HOME", "/tmp/kimball-clickhouse"), "npm");
        Files.createDirectories(home);
        Path npm = home.resolve("npm");
        if (Files.isDirectory(shared) && !Files.exists(npm)) {
            Files.createSymbolicLink(npm, shared); // reuse the installed engine instead of downloading it again
        }
        ProcessBuilder pb = new ProcessBuilder("bash", SCRIPT.toString(), command).redirectErrorStream(true);
        pb.environment().remove("KIMBALL_TEST_CLICKHOUSE_URL");
        pb.environment().put("KIMBALL_CLICKHOUSE_HOME", home.toString());
        pb.environment().put("KIMBALL_CLICKHOUSE_PORT", String.valueOf(port));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("clickhouse.sh %s timed out", command).isTrue();
        assertThat(p.exitValue()).as("clickhouse.sh %s: %s", command, out).isZero();
    }

    @AfterEach
    void stopServer() throws Exception {
        if (home != null) {
            server("stop");
        }
    }

    @Test
    void aRestartMidLoadEndsWithExactlyOneCopyOfEveryRow() throws Exception {
        home = Path.of("/tmp", "kimball-ch-restart-" + port);
        server("start");
        Path csv = dir.resolve("restart.csv");
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("id,name,amount\n");
            for (int i = 1; i <= ROWS; i++) {
                w.write(i + ",name " + i + "," + (i % 1000) / 10.0 + "\n");
            }
        }
        String url = "jdbc:clickhouse://127.0.0.1:" + port + "/restart";
        CountDownLatch midway = new CountDownLatch(1);
        CompletableFuture<Object> load = CompletableFuture.supplyAsync(() -> {
            try (KimballSession k = Kimball.connect(url)) {
                return k.acquire(Sources.csv(csv)).toBronze().batchSize(5_000).parallelism(1).onProgress(p -> {
                    if (p.rowsRead() >= ROWS / 5) {
                        midway.countDown();
                    }
                }).run();
            } catch (KimballException e) {
                return e;
            }
        });
        assertThat(midway.await(120, TimeUnit.SECONDS)).as("the load reached 20%").isTrue();
        server("stop");
        server("start");
        Object outcome = load.get(300, TimeUnit.SECONDS);
        System.out.println("[restart] load " + (outcome instanceof KimballException e ? "failed: " + e.getMessage() : "completed"));
        if (outcome instanceof KimballException e) {
            // the retries ran out while the server was down: the error must say what to do, and doing it must work
            assertThat(e.getMessage()).contains("restart.csv").containsIgnoringCase("re-run");
            try (KimballSession k = Kimball.connect(url)) {
                LoadReport again = k.acquire(Sources.csv(csv)).toBronze().run();
                assertThat(again.rowsLoaded()).isEqualTo(ROWS);
            }
        } else {
            assertThat(((LoadReport) outcome).rowsLoaded()).isEqualTo(ROWS);
        }
        try (KimballSession k = Kimball.connect(url)) {
            Warehouse w = TestingSessions.warehouse(k);
            Dialect d = w.dialect();
            Map<String, Object> counts = w.query("SELECT count() AS n, uniqExact(" + d.quote(BronzeTables.ROW) + ") AS rows_distinct FROM "
                    + d.table(TableRef.bronze("restart"))).get(0);
            assertThat(counts).containsEntry("n", (long) ROWS).containsEntry("rows_distinct", (long) ROWS);
        }
    }
}
