package dev.kimball.cli.demo;

/**
 * One step of the demo. Phases run in order and share a {@link DemoContext}: each reads what earlier ones left
 * there (the files, the load report) and adds its own results. A phase that fails throws, and the demo stops.
 */
public interface DemoPhase {
    /** A few words for the {@code [2/3] ...} heading. */
    String title();

    /**
     * @throws dev.kimball.api.KimballException when the engine fails; {@link java.io.UncheckedIOException} when a
     *                                          file cannot be written
     */
    void run(DemoContext context);
}
