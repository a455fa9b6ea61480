package dev.kimball.core.bronze;

import dev.kimball.api.Progress;
import dev.kimball.api.ProgressListener;
import java.time.Duration;

/** Totals of a running load, reported to the listener after every batch; calls to the listener are serialised. */
final class LoadProgress {
    private final ProgressListener listener;
    private final long totalBytes;
    private final long start = System.nanoTime();
    private long rows;
    private long rejected;
    private long bytes;
    private String lastSource = "";

    LoadProgress(ProgressListener listener, long totalBytes) {
        this.listener = listener;
        this.totalBytes = totalBytes;
    }

    synchronized void advance(String source, long rowsDelta, long rejectedDelta, long bytesDelta) {
        lastSource = source;
        rows += rowsDelta;
        rejected += rejectedDelta;
        bytes += bytesDelta;
        listener.onProgress(snapshot(false));
    }

    synchronized void done() {
        listener.onProgress(snapshot(true));
    }

    private Progress snapshot(boolean done) {
        return new Progress(lastSource, rows, rejected, bytes, totalBytes, Duration.ofNanos(System.nanoTime() - start), done);
    }
}
