package dev.kimball.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kimball.api.Progress;
import dev.kimball.api.SourceProgress;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
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

    private static SourceProgress source(String name, long rows, long bytes, long total, boolean done) {
        return new SourceProgress(name, "t", rows, 0, bytes, total, Duration.ofSeconds(1), done);
    }

    @Test
    void showsTheOverallLineThenOneLinePerActiveSource() {
        Progress p = new Progress("/data/b.csv", 3_000, 0, 3_000, -1, Duration.ofSeconds(1), false, List.of(
                source("/data/a.csv", 1_000, 500, 1_000, false),
                source("postgres://h:5432/db/shop.orders[2/4]", 2_000, 2_500, -1, false),
                source("/data/done.csv", 77, 77, 77, true)), 1, 6);
        List<String> lines = bar.renderLines(p);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("loading 1/6 sources").contains("3,000 rows").doesNotContain("ETA");
        assertThat(lines.get(1)).startsWith("  a.csv [##########..........]  50%").contains("1,000 rows", "ETA 0:01");
        assertThat(lines.get(2)).startsWith("  shop.orders[2/4]").contains("2,000 rows").doesNotContain("ETA");
    }

    @Test
    void atMostFourSourceLinesThenACount() {
        List<SourceProgress> active = List.of(source("a", 1, 1, -1, false), source("b", 1, 1, -1, false),
                source("c", 1, 1, -1, false), source("d", 1, 1, -1, false), source("e", 1, 1, -1, false), source("f", 1, 1, -1, false));
        List<String> lines = bar.renderLines(new Progress("a", 6, 0, 6, -1, Duration.ofSeconds(1), false, active, 0, 6));
        assertThat(lines).hasSize(6).last().isEqualTo("  +2 more");
    }

    @Test
    void aSingleSourceOrTheEndIsOneLine() {
        List<SourceProgress> one = List.of(source("a.csv", 5, 5, 10, false));
        assertThat(bar.renderLines(new Progress("a.csv", 5, 0, 5, 10, Duration.ofSeconds(1), false, one, 0, 1)))
                .singleElement().asString().startsWith("loading [");
        assertThat(bar.renderLines(new Progress("a.csv", 9, 0, 9, 9, Duration.ofSeconds(1), true, List.of(), 2, 2))).hasSize(1);
    }

    @Test
    void aBlockOfLinesIsRedrawnInPlaceAndErasedOnClose() {
        Progress two = new Progress("a", 2, 0, 2, -1, Duration.ofSeconds(1), false,
                List.of(source("a", 1, 1, -1, false), source("b", 1, 1, -1, false)), 0, 2);
        bar.onProgress(two);
        assertThat(text.toString()).doesNotContain("\033[").contains("\n\r  a", "\n\r  b");
        clock.addAndGet(1_000_000_000L);
        bar.onProgress(two);
        String second = text.toString().substring(text.toString().indexOf("\033["));
        assertThat(second).startsWith("\033[2A\rloading 0/2 sources");
        bar.close();
        assertThat(text.toString()).endsWith("\033[2A\r");
    }

    @Test
    void shortNamesKeepTheRangeSuffix() {
        assertThat(TerminalProgressBar.shortName("/data/x/sales.csv")).isEqualTo("sales.csv");
        assertThat(TerminalProgressBar.shortName("postgres://h:5432/db/s.t[2/4]")).isEqualTo("s.t[2/4]");
        assertThat(TerminalProgressBar.shortName("s3://bucket/dir/")).isEqualTo("dir");
        assertThat(TerminalProgressBar.shortName("plain")).isEqualTo("plain");
    }
}
