package dev.kimball.cli.output;

import dev.kimball.api.Progress;
import dev.kimball.api.SourceProgress;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * A block of stderr lines, redrawn in place ({@code \r}, and ANSI cursor-up when it has several lines): the overall
 * line (rows, megabytes, rows per second, and percent and ETA when the total size is known; sources done of all),
 * then one line per source being read (the same numbers per source; at most {@value #MAX_SOURCE_LINES}, then
 * {@code +N more}). Each {@link Progress} carries the totals of the whole load (the engine sums its parallel
 * sources), so the bar draws the latest one. Redraws at most {@value #MAX_REDRAWS_PER_SECOND} times a second (a loader
 * may report thousands of batches a second, and a scrolling terminal slows the load down). Thread-safe: loader threads
 * call {@link #onProgress} concurrently. Only for a terminal: {@link LoadProgress#forTerminal} shows nothing otherwise.
 */
public final class TerminalProgressBar implements LoadProgress {
    static final int MAX_REDRAWS_PER_SECOND = 10;
    static final int MAX_SOURCE_LINES = 4;
    private static final long MIN_INTERVAL_NANOS = 1_000_000_000L / MAX_REDRAWS_PER_SECOND;
    private static final int BAR_CELLS = 20;

    private final PrintWriter err;
    private final LongSupplier nanoClock;
    private final int width;
    private final Set<String> sources = new HashSet<>();
    private long lastDrawNanos = Long.MIN_VALUE;
    private List<Integer> drawn = List.of();
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
        draw(renderLines(progress));
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
        if (!drawn.isEmpty()) {
            StringBuilder out = new StringBuilder();
            up(out, drawn.size() - 1);
            for (int i = 0; i < drawn.size(); i++) {
                out.append(i == 0 ? "\r" : "\n\r").append(" ".repeat(drawn.get(i)));
            }
            up(out, drawn.size() - 1);
            err.print(out.append('\r'));
            err.flush();
        }
    }

    /** The overall line. */
    String render(Progress p) {
        return renderLines(p).get(0);
    }

    /** The overall line, then a line per source being read when the load has several sources. */
    List<String> renderLines(Progress p) {
        List<String> lines = new ArrayList<>();
        String title;
        if (p.unitsTotal() > 0) {
            title = p.unitsTotal() == 1 ? "loading" : "loading " + p.unitsDone() + "/" + p.unitsTotal() + " sources";
        } else {
            title = sources.size() <= 1 ? "loading" : "loading " + sources.size() + " files";
        }
        lines.add(line(title, p.fraction(), p.rowsRead(), p.rowsRejected(), p.bytesRead(), p.rowsPerSecond(),
                p.done() ? Optional.empty() : p.eta()));
        if (p.unitsTotal() > 1 && !p.done()) {
            List<SourceProgress> active = p.sources().stream().filter(s -> !s.done()).toList();
            for (SourceProgress s : active.subList(0, Math.min(active.size(), MAX_SOURCE_LINES))) {
                lines.add(line("  " + shortName(s.source()), s.fraction(), s.rowsRead(), s.rowsRejected(), s.bytesRead(),
                        s.rowsPerSecond(), s.eta()));
            }
            if (active.size() > MAX_SOURCE_LINES) {
                lines.add("  +" + (active.size() - MAX_SOURCE_LINES) + " more");
            }
        }
        return lines;
    }

    private String line(String title, Optional<Double> fraction, long rows, long rejected, long bytes, double rate,
                        Optional<Duration> eta) {
        StringBuilder line = new StringBuilder(width);
        line.append(title);
        if (fraction.isPresent()) {
            int filled = (int) Math.round(fraction.get() * BAR_CELLS);
            line.append(" [").append("#".repeat(filled)).append(".".repeat(BAR_CELLS - filled)).append(']');
            line.append(String.format(Locale.ROOT, " %3d%%", (int) Math.floor(fraction.get() * 100)));
        }
        line.append(String.format(Locale.ROOT, "  %,d rows", rows));
        if (rejected > 0) {
            line.append(String.format(Locale.ROOT, " (%,d rejected)", rejected));
        }
        line.append(String.format(Locale.ROOT, "  %.1f MB  %,.0f rows/s", bytes / 1e6, rate));
        eta.ifPresent(e -> line.append("  ETA ").append(clock(e)));
        return line.length() > width - 1 ? line.substring(0, width - 1) : line.toString();
    }

    /** The last part of a unit name: {@code /data/x/sales.csv} -> {@code sales.csv}, {@code postgres://h/db/s.t[2/4]} -> {@code s.t[2/4]}. */
    static String shortName(String name) {
        int bracket = name.endsWith("]") ? name.lastIndexOf('[') : -1;
        String base = bracket > 0 ? name.substring(0, bracket) : name;
        String trimmed = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1) + (bracket > 0 ? name.substring(bracket) : "");
    }

    /**
     * Redraws the block: from its first line, each line over the old one (padded with spaces to erase the rest), old
     * lines below the new block blanked, the cursor left on the block's last line.
     */
    private void draw(List<String> lines) {
        StringBuilder out = new StringBuilder();
        up(out, drawn.size() - 1);
        int rows = Math.max(lines.size(), drawn.size());
        for (int i = 0; i < rows; i++) {
            String line = i < lines.size() ? lines.get(i) : "";
            int old = i < drawn.size() ? drawn.get(i) : 0;
            out.append(i == 0 ? "\r" : "\n\r").append(line).append(" ".repeat(Math.max(0, old - line.length())));
        }
        up(out, rows - lines.size());
        err.print(out);
        err.flush();
        drawn = lines.stream().map(String::length).toList();
        redraws++;
    }

    private static void up(StringBuilder out, int lines) {
        if (lines > 0) {
            out.append("\033[").append(lines).append('A');
        }
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
