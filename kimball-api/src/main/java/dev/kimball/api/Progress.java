package dev.kimball.api;

import java.time.Duration;
import java.util.Optional;

/**
 * A snapshot of a running load: every count is a total over the whole load (all its files), and {@code source} is the
 * file whose batch was written last. {@code totalBytes} is -1 when unknown.
 */
public record Progress(String source, long rowsRead, long rowsRejected, long bytesRead, long totalBytes,
                       Duration elapsed, boolean done) {

    /** Rows per second so far. */
    public double rowsPerSecond() {
        double s = elapsed.toNanos() / 1e9;
        return s <= 0 ? 0 : rowsRead / s;
    }

    /** Fraction of bytes read in [0,1], when the total is known. */
    public Optional<Double> fraction() {
        if (totalBytes <= 0) {
            return Optional.empty();
        }
        return Optional.of(Math.min(1.0, Math.max(0.0, (double) bytesRead / totalBytes)));
    }

    /** Estimated time left, from the byte rate so far, when the total is known. */
    public Optional<Duration> eta() {
        if (totalBytes <= 0 || bytesRead <= 0 || done) {
            return done ? Optional.of(Duration.ZERO) : Optional.empty();
        }
        double perByte = (double) elapsed.toNanos() / bytesRead;
        return Optional.of(Duration.ofNanos((long) (perByte * Math.max(0, totalBytes - bytesRead))));
    }
}
