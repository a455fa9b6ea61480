package dev.kimball.spi;

import dev.kimball.api.KimballSession;

/**
 * The implementation of {@link dev.kimball.api.Kimball}, found with {@link java.util.ServiceLoader}
 * ({@code kimball-core} provides it). Not for connector authors.
 */
public interface EngineProvider {
    /** Opens a session on the warehouse at this URL. */
    KimballSession open(String warehouseUrl);
}
