package dev.kimball.api;

/**
 * A description of where raw records come from. Sources are plain values: nothing is opened until a
 * load runs, so a source can be built, stored and reused. Create them with {@link Sources}; a connector
 * module (found through {@link dev.kimball.spi.SourceProvider}) knows how to read each kind.
 */
public interface Source {
    /** A short human description without secrets, e.g. {@code csv:data/sales.csv}. */
    String describe();
}
