package dev.kimball.spi;

/** Opens a {@link Warehouse} for the URLs it accepts; found with {@link java.util.ServiceLoader}. */
public interface WarehouseProvider {
    /** e.g. {@code clickhouse}. */
    String name();

    /** Example URL shown when no provider accepts a URL. */
    String exampleUrl();

    boolean accepts(String url);

    Warehouse open(String url);
}
