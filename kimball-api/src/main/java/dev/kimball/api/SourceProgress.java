package dev.kimball.api;

import java.time.Duration;
import java.util.Optional;

/**
 * The progress of one source unit (a file, an object, a table or one key range of it) within a running load.
 *
 * @param source       the unit's name, as in {@link TableLoadReport#sources()}
 * @param table        the bronze table it is loaded into
 * @param rowsRead     records read from this unit so far (loaded or rejected)
 * @param rowsRejected records of this unit rejected so far
 * @param bytesRead    source bytes read so far
 * @param totalBytes   the unit's size, or -1 when unknown (a database table)
 * @param elapsed      time since this unit started
 * @param done         true once every record of the unit is written (its numbers are final)
 */
public record SourceProgress(String source, String table, long rowsRead, long rowsRejected, long bytesRead, long totalBytes,
                             Duration elapsed, boolean done) {

    /** Rows per second since this unit started. */
    public double rowsPerSecond() {
        return Progress.rate(rowsRead, elapsed);
    }

    /** Fraction of bytes read in [0,1], when the size is known. */
    public Optional<Double> fraction() {
        return Progress.fraction(bytesRead, totalBytes);
    }

    /** Estimated time left for this unit, from its byte rate so far, when its size is known. */
    public Optional<Duration> eta() {
        return Progress.eta(bytesRead, totalBytes, elapsed, done);
    }
}
