package dev.kimball.cli.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kimball.api.Kimball;
import dev.kimball.api.KimballSession;
import dev.kimball.api.LoadReport;
import dev.kimball.cli.output.LoadProgress;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the demo's phases share: where the files go, the warehouse session (opened on first use, closed with the
 * context), the results so far, and the output. In JSON mode {@link #say} prints nothing and phases record their
 * results in {@link #json()}, which the command prints once at the end.
 */
public final class DemoContext implements AutoCloseable {
    private final String warehouseUrl;
    private final Path dir;
    private final long seed;
    private final PrintWriter out;
    private final boolean jsonMode;
    private final Supplier<LoadProgress> progress;
    private final ObjectNode json;
    private KimballSession session;
    private List<DemoFile> files = List.of();
    private LoadReport loadReport;

    /**
     * @param progress makes a progress display for each load (a terminal bar, or nothing)
     * @param json     the object phases add their results to
     */
    public DemoContext(String warehouseUrl, Path dir, long seed, PrintWriter out, boolean jsonMode,
                       Supplier<LoadProgress> progress, ObjectNode json) {
        this.warehouseUrl = Objects.requireNonNull(warehouseUrl, "warehouseUrl");
        this.dir = Objects.requireNonNull(dir, "dir");
        this.seed = seed;
        this.out = Objects.requireNonNull(out, "out");
        this.jsonMode = jsonMode;
        this.progress = Objects.requireNonNull(progress, "progress");
        this.json = Objects.requireNonNull(json, "json");
    }

    public String warehouseUrl() {
        return warehouseUrl;
    }

    public Path dir() {
        return dir;
    }

    public long seed() {
        return seed;
    }

    /**
     * The warehouse, opened on first call.
     *
     * @throws dev.kimball.api.KimballException if it cannot be opened
     */
    public synchronized KimballSession session() {
        if (session == null) {
            session = Kimball.connect(warehouseUrl);
        }
        return session;
    }

    public LoadProgress newProgress() {
        return progress.get();
    }

    public List<DemoFile> files() {
        return files;
    }

    void files(List<DemoFile> written) {
        this.files = List.copyOf(written);
    }

    /** The acquire phase's report, or {@code null} before it ran. */
    public LoadReport loadReport() {
        return loadReport;
    }

    void loadReport(LoadReport report) {
        this.loadReport = report;
    }

    public ObjectNode json() {
        return json;
    }

    /** A line for people; nothing in JSON mode. */
    public void say(String format, Object... args) {
        if (!jsonMode) {
            out.println(args.length == 0 ? format : String.format(Locale.ROOT, format, args));
            out.flush();
        }
    }

    public PrintWriter out() {
        return out;
    }

    public boolean jsonMode() {
        return jsonMode;
    }

    @Override
    public synchronized void close() {
        if (session != null) {
            session.close();
            session = null;
        }
    }
}
