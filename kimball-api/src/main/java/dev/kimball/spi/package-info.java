/**
 * The service-provider interfaces: connectors implement {@link dev.kimball.spi.SourceProvider} (units of
 * {@link dev.kimball.spi.RecordReader}s yielding string records), warehouses implement
 * {@link dev.kimball.spi.Warehouse} with a {@link dev.kimball.spi.Dialect}. They depend on this package and
 * {@code dev.kimball.api} only, never on {@code kimball-core}.
 */
package dev.kimball.spi;
