package dev.kimball.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kimball.api.Progress;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TerminalProgressBarTest {
    private final StringWriter text = new StringWriter();
    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private final TerminalProgressBar bar = new TerminalProgressBar(new PrintWriter(text), clock::get, 120);

    @Test
    void showsRowsMegabytesRatePercentAndEta() {
        bar.onProgress(new Progress("a.csv", 200_000, 3, 25_000_000, 100_000_000, Duration.ofSeconds(2), false));
        String line = text.toString();
        assertThat(line).startsWith("\r").contains("25%", "200,000 rows", "(3 rejected)", "25.0 MB", "rows/s", "ETA 0:0");
        assertThat(line).contains("[#####...............]");
    }

    @Test
    void withoutTotalBytesThereIsNoPercentNorEta() {
        bar.onProgress(new Progress("a.csv", 10, 0, 1_000, -1, Duration.ofMillis(10), false));
        assertThat(text.toString()).contains("10 rows").doesNotContain("%").doesNotContain("ETA");
    }

    @Test
    void redrawsAtMostTenTimesASecond() {
        for (int i = 0; i < 1_000; i++) {
            clock.addAndGet(1_000_000L); // 1,000 snapshots over one second
            bar.onProgress(new Progress("a.csv", i, 0, i, 10_000, Duration.ofMillis(i), false));
        }
        assertThat(bar.redraws()).isBetween(9, 11);
    }

    @Test
    void snapshotsAreLoadTotalsSoFilesLoadedInParallelAreNotAddedTwice() {
        // the engine reports totals of the whole load; 'source' is the file of the latest batch
        bar.onProgress(new Progress("a.csv", 100, 0, 1_000, 4_000, Duration.ofSeconds(1), false));
        clock.addAndGet(200_000_000L);
        bar.onProgress(new Progress("b.csv", 400, 1, 2_000, 4_000, Duration.ofSeconds(1), false));
        String last = text.toString().substring(text.toString().lastIndexOf('\r'));
        assertThat(last).contains("loading 2 files", " 400 rows", "(1 rejected)", "50%");
    }

    @Test
    void closeErasesTheLineAndStopsDrawing() {
        bar.onProgress(new Progress("a.csv", 100, 0, 1_000, -1, Duration.ofSeconds(1), false));
        int drawn = text.toString().length() - 1;
        bar.close();
        String out = text.toString();
        assertThat(out).endsWith("\r" + " ".repeat(drawn) + "\r");
        clock.addAndGet(1_000_000_000L);
        bar.onProgress(new Progress("a.csv", 200, 0, 2_000, -1, Duration.ofSeconds(2), false));
        assertThat(text.toString()).isEqualTo(out);
    }

    @Test
    void neverWiderThanTheTerminal() {
        TerminalProgressBar narrow = new TerminalProgressBar(new PrintWriter(text), clock::get, 40);
        narrow.onProgress(new Progress("a.csv", 123_456_789, 0, 1, 10, Duration.ofSeconds(1), false));
        assertThat(text.toString().length()).isLessThanOrEqualTo(40);
    }
}
