package dev.kimball.api;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A snapshot of a running load. The counts are totals over the whole load (all its units); {@code source} is the unit
 * whose batch was written last. {@code totalBytes} is -1 when unknown (some unit's size is unknown).
 *
 * <p>{@code sources} breaks the load down per unit: it holds the units being read now, and, in the one snapshot sent
 * when a unit finishes, that unit with {@link SourceProgress#done()} and its final numbers; so a listener that keeps
 * the latest {@link SourceProgress} per {@link SourceProgress#source() name} ends with exact per-unit totals that add up
 * to the load's. {@code unitsDone} of {@code unitsTotal} units are finished (both 0 when not reported).
 */
public record Progress(String source, long rowsRead, long rowsRejected, long bytesRead, long totalBytes,
                       Duration elapsed, boolean done, List<SourceProgress> sources, int unitsDone, int unitsTotal) {

    public Progress {
        sources = List.copyOf(sources);
    }

    /** A snapshot without a per-unit breakdown. */
    public Progress(String source, long rowsRead, long rowsRejected, long bytesRead, long totalBytes, Duration elapsed,
                    boolean done) {
        this(source, rowsRead, rowsRejected, bytesRead, totalBytes, elapsed, done, List.of(), 0, 0);
    }

    /** Rows per second so far. */
    public double rowsPerSecond() {
        return rate(rowsRead, elapsed);
    }

    /** Fraction of bytes read in [0,1], when the total is known. */
    public Optional<Double> fraction() {
        return fraction(bytesRead, totalBytes);
    }

    /** Estimated time left, from the byte rate so far, when the total is known. */
    public Optional<Duration> eta() {
        return eta(bytesRead, totalBytes, elapsed, done);
    }

    static double rate(long rows, Duration elapsed) {
        double s = elapsed.toNanos() / 1e9;
        return s <= 0 ? 0 : rows / s;
    }

    static Optional<Double> fraction(long bytesRead, long totalBytes) {
        if (totalBytes <= 0) {
            return Optional.empty();
        }
        return Optional.of(Math.min(1.0, Math.max(0.0, (double) bytesRead / totalBytes)));
    }

    static Optional<Duration> eta(long bytesRead, long totalBytes, Duration elapsed, boolean done) {
        if (done) {
            return Optional.of(Duration.ZERO);
        }
        if (totalBytes <= 0 || bytesRead <= 0) {
            return Optional.empty();
        }
        double perByte = (double) elapsed.toNanos() / bytesRead;
        return Optional.of(Duration.ofNanos((long) (perByte * Math.max(0, totalBytes - bytesRead))));
    }
}
