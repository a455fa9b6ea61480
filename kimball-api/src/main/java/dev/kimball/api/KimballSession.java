package dev.kimball.api;

import java.util.Arrays;
import java.util.List;

/**
 * An open connection to one warehouse, from {@link Kimball#connect(String)}, {@link Kimball#embedded(java.nio.file.Path)}
 * or {@link Kimball#open()}. Thread-safe; close it when done (it owns connections and, for the embedded
 * warehouse, the database file lock).
 *
 * <p>(It is a separate type from {@link Kimball} because Java does not allow the static
 * {@code Kimball.acquire(source)} shortcut and an instance method of the same signature in one type.)
 */
public interface KimballSession extends AutoCloseable {

    /** The warehouse URL, without credentials. */
    String warehouseUrl();

    /** {@code duckdb} or {@code clickhouse}. */
    String warehouseKind();

    /** Starts describing a load from these sources into this warehouse. */
    default Acquire acquire(Source... sources) {
        if (sources == null) {
            throw new ConfigurationException("NO_SOURCE", "sources must not be null");
        }
        return new Acquire(this::load, Arrays.asList(sources));
    }

    /** Starts describing a load from these sources into this warehouse. */
    default Acquire acquire(List<? extends Source> sources) {
        return new Acquire(this::load, List.copyOf(sources));
    }

    /** Runs a load described as a value (the fluent API builds one of these). */
    LoadReport load(LoadRequest request);

    /**
     * The named sources stored in this warehouse ({@code metadata.sources}): add, update, remove, test, and
     * {@code acquire(sources().get("sales"))} to load one.
     */
    SourceRegistry sources();

    /** The tables of the bronze layer (without {@code _rejects}), sorted by name. */
    List<TableRef> bronzeTables();

    /**
     * Starts describing a discovery of the bronze layer: {@code session.discover().analyze()} returns the
     * {@link dev.kimball.api.catalog.Catalog}.
     */
    default dev.kimball.api.catalog.Discover discover() {
        return dev.kimball.api.catalog.Discover.of(this::analyze);
    }

    /** Runs a discovery described as a value (see {@link #discover()}). */
    dev.kimball.api.catalog.Catalog analyze(dev.kimball.api.catalog.Discover request);

    /**
     * The catalog as last discovered and edited, read from the metadata tables without scanning the data; empty
     * when nothing was discovered yet.
     */
    dev.kimball.api.catalog.Catalog catalog();

    @Override
    void close();
}
