package dev.kimball.cli.output;

import dev.kimball.api.Progress;
import dev.kimball.api.ProgressListener;
import java.io.PrintWriter;

/** A progress display for one load: receives snapshots while it runs, and erases itself when closed. */
public interface LoadProgress extends ProgressListener, AutoCloseable {

    /** Erases whatever was drawn. Idempotent. */
    @Override
    void close();

    /** Shows nothing. */
    static LoadProgress none() {
        return new LoadProgress() {
            @Override
            public void onProgress(Progress progress) {
                // nobody is watching
            }

            @Override
            public void close() {
                // nothing was drawn
            }
        };
    }

    /**
     * A progress bar on {@code err} when a person is watching (a console is attached and the output is not JSON
     * meant for a program), else {@link #none()}: progress lines would corrupt logs and pipes.
     */
    static LoadProgress forTerminal(PrintWriter err, boolean machineOutput) {
        if (machineOutput || System.console() == null) {
            return none();
        }
        return new TerminalProgressBar(err, System::nanoTime, TerminalProgressBar.terminalWidth());
    }
}
