package dev.kimball.api;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What one load did to one bronze table. Always {@code rowsRead == rowsLoaded + rowsRejected}: a row is
 * either in {@code table} or in {@code bronze._rejects} with its reason.
 *
 * @param table               the bronze table
 * @param sources             the files (or objects, tables) read into it
 * @param loadId              the {@code _kimball_load_id} of the rows written
 * @param rowsRead            data records read (header and preamble lines excluded)
 * @param rowsLoaded          rows written to {@code table}
 * @param rowsRejected        rows written to {@code bronze._rejects}
 * @param bytes               source bytes read
 * @param duration            wall time of the load of this table
 * @param encoding            the text encoding used, and how it was chosen (e.g. {@code UTF-8 (BOM)})
 * @param dialect             the CSV dialect used, e.g. {@code delimiter=';' quote='"' escape=doubled header=true}
 * @param controlCharsRemoved control characters removed from values (tab and line breaks inside quoted fields are kept)
 * @param columns             the data columns, warehouse name and original header
 */
public record TableLoadReport(TableRef table, List<String> sources, String loadId, long rowsRead, long rowsLoaded,
                              long rowsRejected, long bytes, Duration duration, String encoding, String dialect,
                              long controlCharsRemoved, List<BronzeColumn> columns) {
    public TableLoadReport {
        Objects.requireNonNull(table, "table");
        sources = List.copyOf(sources);
        columns = List.copyOf(columns);
        if (rowsRead != rowsLoaded + rowsRejected) {
            throw new IllegalStateException("counts do not reconcile for " + table + ": read " + rowsRead
                    + " != loaded " + rowsLoaded + " + rejected " + rowsRejected);
        }
    }

    /** Source rows per second over the whole load of this table. */
    public double rowsPerSecond() {
        double s = duration.toNanos() / 1e9;
        return s <= 0 ? 0 : rowsRead / s;
    }
}
