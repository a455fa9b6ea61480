package dev.kimball.spi;

import dev.kimball.api.Source;
import java.util.List;

/**
 * A connector: turns a {@link Source} description into readable units. Registered in
 * {@code META-INF/services/dev.kimball.spi.SourceProvider}; the engine asks each provider whether it
 * {@link #accepts} a source and uses the first that does.
 */
public interface SourceProvider {
    /** Short name, e.g. {@code csv}; shown when no provider accepts a source. */
    String name();

    /** Whether this connector reads this kind of source. */
    boolean accepts(Source source);

    /**
     * Resolves the source into units (files, objects, tables). Cheap: nothing is read yet beyond listing.
     *
     * @throws dev.kimball.api.SourceException when the source does not exist or matches nothing; the message
     *                                         names the location and what to check
     */
    List<SourceUnit> units(Source source);

    /**
     * Keys the source itself declares (primary, unique, foreign keys of a database), as hints for Discover; none by
     * default. Called once per successful load of the source, after its rows are loaded. Tables are named by their
     * units' {@link SourceUnit#tableHint()}, columns by their header names; the engine maps both to bronze names.
     *
     * @throws dev.kimball.api.SourceException when the source cannot be asked (the engine logs it and keeps the load)
     */
    default List<DeclaredKey> declaredKeys(Source source) {
        return List.of();
    }

    /**
     * Checks that the source can be reached and read (host, credentials, bucket, path, permissions) without reading
     * data, each network step bounded by a timeout, and says what it found in one short secret-free line, e.g.
     * {@code 3 tables readable as user etl}. The default resolves the {@link #units} and counts them.
     *
     * @throws dev.kimball.api.SourceException        saying what is wrong (SOURCE_UNREACHABLE, SOURCE_AUTH_FAILED,
     *                                                SOURCE_NOT_FOUND, SOURCE_PERMISSION_DENIED...) and what to check
     * @throws dev.kimball.api.ConfigurationException when the source is misconfigured (e.g. SECRET_MISSING)
     */
    default String test(Source source) {
        int n = units(source).size();
        return n + (n == 1 ? " unit" : " units");
    }
}
