/**
 * The service-provider interfaces: connectors implement {@link dev.kimball.spi.SourceProvider} (units of
 * {@link dev.kimball.spi.RecordReader}s yielding string records; optional capabilities as default methods: reading
 * after a cursor mark, releasing shared read state, {@link dev.kimball.spi.DeclaredKey declared keys}), warehouses implement
 * {@link dev.kimball.spi.Warehouse} with a {@link dev.kimball.spi.Dialect}. They depend on this package and
 * {@code dev.kimball.api} only, never on {@code kimball-core}.
 */
package dev.kimball.spi;
