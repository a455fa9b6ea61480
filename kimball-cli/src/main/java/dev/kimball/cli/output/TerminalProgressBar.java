package dev.kimball.cli.output;

import dev.kimball.api.Progress;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * One stderr line, redrawn in place with {@code \r}: rows, megabytes, rows per second, and percent and ETA when
 * every source's size is known. Snapshots of files loaded in parallel are summed. Redraws at most
 * {@value #MAX_REDRAWS_PER_SECOND} times a second (the loader may report thousands of batches a second, and a
 * terminal that scrolls slows the load down). Thread-safe: loader threads call {@link #onProgress} concurrently.
 */
public final class TerminalProgressBar implements LoadProgress {
    static final int MAX_REDRAWS_PER_SECOND = 10;
    private static final long MIN_INTERVAL_NANOS = 1_000_000_000L / MAX_REDRAWS_PER_SECOND;
    private static final int BAR_CELLS = 20;

    private final PrintWriter err;
    private final LongSupplier nanoClock;
    private final int width;
    private final Map<String, Progress> latest = new LinkedHashMap<>();
    private long startNanos = Long.MIN_VALUE;
    private long lastDrawNanos = Long.MIN_VALUE;
    private int drawnLength;
    private int redraws;
    private boolean closed;

    /**
     * @param nanoClock a monotonic clock ({@code System::nanoTime}); tests pass their own
     * @param width     terminal columns; the line is cut to fit so it never wraps
     */
    public TerminalProgressBar(PrintWriter err, LongSupplier nanoClock, int width) {
        this.err = err;
        this.nanoClock = nanoClock;
        this.width = Math.max(20, width);
    }

    @Override
    public synchronized void onProgress(Progress progress) {
        if (closed || progress == null) {
            return;
        }
        long now = nanoClock.getAsLong();
        if (startNanos == Long.MIN_VALUE) {
            startNanos = now - progress.elapsed().toNanos();
        }
        latest.put(progress.source(), progress);
        if (lastDrawNanos != Long.MIN_VALUE && now - lastDrawNanos < MIN_INTERVAL_NANOS) {
            return;
        }
        lastDrawNanos = now;
        draw(render(now));
    }

    /** How many times the line was drawn (for tests of the throttle). */
    synchronized int redraws() {
        return redraws;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (drawnLength > 0) {
            err.print('\r' + " ".repeat(drawnLength) + '\r');
            err.flush();
        }
    }

    String render(long now) {
        long rows = 0;
        long rejected = 0;
        long bytes = 0;
        long total = 0;
        int done = 0;
        for (Progress p : latest.values()) {
            rows += p.rowsRead();
            rejected += p.rowsRejected();
            bytes += p.bytesRead();
            total = total < 0 || p.totalBytes() <= 0 ? -1 : total + p.totalBytes();
            done += p.done() ? 1 : 0;
        }
        double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
        StringBuilder line = new StringBuilder(width);
        line.append(latest.size() == 1 ? "loading" : String.format(Locale.ROOT, "loading %d/%d files", done, latest.size()));
        if (total > 0) {
            double fraction = Math.min(1.0, (double) bytes / total);
            int filled = (int) Math.round(fraction * BAR_CELLS);
            line.append(" [").append("#".repeat(filled)).append(".".repeat(BAR_CELLS - filled)).append(']');
            line.append(String.format(Locale.ROOT, " %3d%%", (int) Math.floor(fraction * 100)));
        }
        line.append(String.format(Locale.ROOT, "  %,d rows", rows));
        if (rejected > 0) {
            line.append(String.format(Locale.ROOT, " (%,d rejected)", rejected));
        }
        line.append(String.format(Locale.ROOT, "  %.1f MB  %,.0f rows/s", bytes / 1e6, rows / seconds));
        if (total > 0 && bytes > 0 && bytes < total) {
            line.append("  ETA ").append(clock(Duration.ofNanos((long) ((total - bytes) * (seconds * 1e9 / bytes)))));
        }
        return line.length() > width - 1 ? line.substring(0, width - 1) : line.toString();
    }

    private void draw(String line) {
        int pad = Math.max(0, drawnLength - line.length());
        err.print('\r' + line + " ".repeat(pad));
        err.flush();
        drawnLength = line.length();
        redraws++;
    }

    static String clock(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** {@code $COLUMNS} when the shell exports it, else 100. */
    static int terminalWidth() {
        String columns = System.getenv("COLUMNS");
        if (columns != null) {
            try {
                return Integer.parseInt(columns.strip());
            } catch (NumberFormatException ignored) {
                // not a number: fall through to the default
            }
        }
        return 100;
    }
}
