package dev.kimball.api.catalog;

import dev.kimball.api.ConfigurationException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The discover step, an immutable value: which bronze tables, how many sample rows travel to the JVM for type
 * inference. {@link #analyze()} profiles every table in the warehouse, validates the types on the full columns,
 * scores quality, finds primary keys and relationships, and stores the result in {@code metadata.discover},
 * {@code metadata.discover_tables} and {@code metadata.relationships} (edits made earlier are kept).
 */
public final class Discover {
    /** Rows sampled per table for inference unless set. */
    public static final int DEFAULT_SAMPLE_ROWS = 10_000;

    private final Function<Discover, Catalog> runner;
    private final List<String> tables;
    private final int sampleRows;

    private Discover(Function<Discover, Catalog> runner, List<String> tables, int sampleRows) {
        this.runner = runner;
        this.tables = tables;
        this.sampleRows = sampleRows;
    }

    /** For session implementations: a discover step that {@code runner} carries out. */
    public static Discover of(Function<Discover, Catalog> runner) {
        return new Discover(Objects.requireNonNull(runner, "runner"), List.of(), DEFAULT_SAMPLE_ROWS);
    }

    /** Only these bronze tables (by bronze name); by default every bronze table. */
    public Discover tables(String... names) {
        for (String n : Objects.requireNonNull(names, "names")) {
            if (n == null || n.isBlank()) {
                throw new ConfigurationException("DISCOVER_OPTION", "table names must not be blank, got " + Arrays.toString(names));
            }
        }
        return new Discover(runner, List.of(names), sampleRows);
    }

    /** Rows brought to the JVM per table for type inference (the types are then checked on every row). */
    public Discover sampleRows(int n) {
        if (n < 1) {
            throw new ConfigurationException("DISCOVER_OPTION", "sample rows must be at least 1, not " + n);
        }
        return new Discover(runner, tables, n);
    }

    /** The chosen bronze tables; empty means all. */
    public List<String> tables() {
        return tables;
    }

    public int sampleRows() {
        return sampleRows;
    }

    /** Runs discovery and returns the catalog. */
    public Catalog analyze() {
        return runner.apply(this);
    }
}
