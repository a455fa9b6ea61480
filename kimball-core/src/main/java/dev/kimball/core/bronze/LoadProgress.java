package dev.kimball.core.bronze;

import dev.kimball.api.Progress;
import dev.kimball.api.ProgressListener;
import dev.kimball.api.SourceProgress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Totals of a running load and of each unit being read, reported to the listener after every batch and when a unit
 * finishes (see {@link Progress} for what a snapshot holds); calls to the listener are serialised. A snapshot costs
 * O(units being read), at most the load's parallelism.
 */
final class LoadProgress {
    private static final class Unit {
        final String table;
        final long totalBytes;
        final long start = System.nanoTime();
        long rows;
        long rejected;
        long bytes;

        Unit(String table, long totalBytes) {
            this.table = table;
            this.totalBytes = totalBytes;
        }
    }

    private final ProgressListener listener;
    private final long totalBytes;
    private final int unitsTotal;
    private final long start = System.nanoTime();
    private final Map<String, Unit> active = new LinkedHashMap<>();
    private long rows;
    private long rejected;
    private long bytes;
    private int unitsDone;
    private String lastSource = "";

    LoadProgress(ProgressListener listener, long totalBytes, int unitsTotal) {
        this.listener = listener;
        this.totalBytes = totalBytes;
        this.unitsTotal = unitsTotal;
    }

    /** A unit starts being read (no snapshot is sent: it appears with its first batch). */
    synchronized void started(String source, String table, long sizeBytes) {
        active.put(source, new Unit(table, sizeBytes));
    }

    synchronized void advance(String source, long rowsDelta, long rejectedDelta, long bytesDelta) {
        lastSource = source;
        rows += rowsDelta;
        rejected += rejectedDelta;
        bytes += bytesDelta;
        Unit u = active.get(source);
        if (u != null) {
            u.rows += rowsDelta;
            u.rejected += rejectedDelta;
            u.bytes += bytesDelta;
        }
        listener.onProgress(snapshot(false, null, null));
    }

    /**
     * A unit stopped: when it succeeded, one snapshot carries its final numbers with {@code done}; a failed unit just
     * leaves the breakdown (the load's error says what happened).
     */
    synchronized void ended(String source, boolean succeeded) {
        Unit u = active.remove(source);
        if (u != null && succeeded) {
            unitsDone++;
            lastSource = source;
            listener.onProgress(snapshot(false, source, u));
        }
    }

    synchronized void done() {
        listener.onProgress(snapshot(true, null, null));
    }

    private Progress snapshot(boolean done, String finishedName, Unit finished) {
        long now = System.nanoTime();
        List<SourceProgress> sources = new ArrayList<>(active.size() + 1);
        active.forEach((name, u) -> sources.add(unit(name, u, now, false)));
        if (finished != null) {
            sources.add(unit(finishedName, finished, now, true));
        }
        return new Progress(lastSource, rows, rejected, bytes, totalBytes, Duration.ofNanos(now - start), done, sources,
                unitsDone, unitsTotal);
    }

    private static SourceProgress unit(String name, Unit u, long now, boolean done) {
        return new SourceProgress(name, u.table, u.rows, u.rejected, u.bytes, u.totalBytes, Duration.ofNanos(now - u.start), done);
    }
}
