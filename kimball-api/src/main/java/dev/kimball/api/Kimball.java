package dev.kimball.api;

import dev.kimball.spi.EngineProvider;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.ServiceLoader;

/**
 * The entry point.
 *
 * <pre>{@code
 * // zero setup: the embedded DuckDB warehouse at ./kimball.duckdb (or $KIMBALL_WAREHOUSE)
 * LoadReport r = Kimball.acquire(Sources.csv(Path.of("data/sales.csv"))).toBronze().run();
 *
 * try (KimballSession k = Kimball.connect("jdbc:clickhouse://localhost:8123")) {
 *     k.acquire(Sources.csv("exports/*.csv")).toBronze().batchSize(50_000).run();
 * }
 * }</pre>
 *
 * <p>Warehouse URLs: {@code jdbc:clickhouse://host:8123[/database-prefix]}, {@code jdbc:duckdb:/path/file.duckdb}.
 * The default warehouse is the value of the {@value #WAREHOUSE_ENV} environment variable (or the
 * {@value #WAREHOUSE_PROPERTY} system property), else {@code jdbc:duckdb:./kimball.duckdb}.
 *
 * <p>The implementation is found with {@link ServiceLoader}; add {@code dev.kimball:kimball-core} (or the
 * single-dependency {@code dev.kimball:kimball-all}) to the classpath.
 */
public final class Kimball {
    public static final String WAREHOUSE_ENV = "KIMBALL_WAREHOUSE";
    public static final String WAREHOUSE_PROPERTY = "kimball.warehouse";
    public static final String DEFAULT_WAREHOUSE = "jdbc:duckdb:./kimball.duckdb";

    private Kimball() {
    }

    /**
     * Starts a load into the default warehouse, opened when the load runs and closed when it ends.
     * Use {@link #connect(String)} to keep a session for several steps.
     */
    public static Acquire acquire(Source... sources) {
        if (sources == null) {
            throw new ConfigurationException("NO_SOURCE", "sources must not be null");
        }
        return new Acquire(request -> {
            try (KimballSession session = open()) {
                return session.load(request);
            }
        }, Arrays.asList(sources));
    }

    /** Opens the default warehouse (see the class documentation). */
    public static KimballSession open() {
        return connect(defaultWarehouseUrl());
    }

    /** Opens (creating if needed) an embedded DuckDB warehouse in this file. */
    public static KimballSession embedded(Path file) {
        if (file == null) {
            throw new ConfigurationException("WAREHOUSE_URL", "embedded warehouse file must not be null");
        }
        return connect("jdbc:duckdb:" + file);
    }

    /** Opens the warehouse at this URL, creating its layers ({@code bronze, silver, gold, metadata}) on first use. */
    public static KimballSession connect(String warehouseUrl) {
        if (warehouseUrl == null || warehouseUrl.isBlank()) {
            throw new ConfigurationException("WAREHOUSE_URL", "warehouse URL must not be blank; e.g. "
                    + "jdbc:clickhouse://localhost:8123 or jdbc:duckdb:./kimball.duckdb");
        }
        return engine().open(warehouseUrl.strip());
    }

    /** The URL {@link #open()} uses. */
    public static String defaultWarehouseUrl() {
        String p = System.getProperty(WAREHOUSE_PROPERTY);
        if (p != null && !p.isBlank()) {
            return p.strip();
        }
        String e = System.getenv(WAREHOUSE_ENV);
        if (e != null && !e.isBlank()) {
            return e.strip();
        }
        return DEFAULT_WAREHOUSE;
    }

    private static EngineProvider engine() {
        Iterator<EngineProvider> it = ServiceLoader.load(EngineProvider.class, Kimball.class.getClassLoader()).iterator();
        if (!it.hasNext()) {
            it = ServiceLoader.load(EngineProvider.class).iterator();
        }
        if (!it.hasNext()) {
            throw new ConfigurationException("NO_ENGINE", "no KIMBALL engine on the classpath: add the dependency "
                    + "dev.kimball:kimball-core (or dev.kimball:kimball-all, which also brings the connectors)");
        }
        return it.next();
    }
}
