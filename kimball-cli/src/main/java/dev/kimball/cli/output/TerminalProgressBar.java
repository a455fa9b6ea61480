package dev.kimball.cli.output;

import dev.kimball.api.Progress;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * One stderr line, redrawn in place with {@code \r}: rows, megabytes, rows per second, and percent and ETA when the
 * total size is known. Each {@link Progress} carries the totals of the whole load (the engine sums its parallel
 * files), so the bar draws the latest one and only counts the files it has seen. Redraws at most
 * {@value #MAX_REDRAWS_PER_SECOND} times a second (a loader may report thousands of batches a second, and a
 * scrolling terminal slows the load down). Thread-safe: loader threads call {@link #onProgress} concurrently.
 */
public final class TerminalProgressBar implements LoadProgress {
    static final int MAX_REDRAWS_PER_SECOND = 10;
    private static final long MIN_INTERVAL_NANOS = 1_000_000_000L / MAX_REDRAWS_PER_SECOND;
    private static final int BAR_CELLS = 20;

    private final PrintWriter err;
    private final LongSupplier nanoClock;
    private final int width;
    private final Set<String> sources = new HashSet<>();
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
        sources.add(progress.source());
        long now = nanoClock.getAsLong();
        if (lastDrawNanos != Long.MIN_VALUE && now - lastDrawNanos < MIN_INTERVAL_NANOS) {
            return;
        }
        lastDrawNanos = now;
        draw(render(progress));
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

    String render(Progress p) {
        StringBuilder line = new StringBuilder(width);
        line.append(sources.size() <= 1 ? "loading" : "loading " + sources.size() + " files");
        Optional<Double> fraction = p.fraction();
        if (fraction.isPresent()) {
            int filled = (int) Math.round(fraction.get() * BAR_CELLS);
            line.append(" [").append("#".repeat(filled)).append(".".repeat(BAR_CELLS - filled)).append(']');
            line.append(String.format(Locale.ROOT, " %3d%%", (int) Math.floor(fraction.get() * 100)));
        }
        line.append(String.format(Locale.ROOT, "  %,d rows", p.rowsRead()));
        if (p.rowsRejected() > 0) {
            line.append(String.format(Locale.ROOT, " (%,d rejected)", p.rowsRejected()));
        }
        line.append(String.format(Locale.ROOT, "  %.1f MB  %,.0f rows/s", p.bytesRead() / 1e6, p.rowsPerSecond()));
        if (!p.done()) {
            p.eta().ifPresent(eta -> line.append("  ETA ").append(clock(eta)));
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
