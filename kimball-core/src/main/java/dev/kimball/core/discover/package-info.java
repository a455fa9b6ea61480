/**
 * Discovery of bronze tables, pushed down into the warehouse. {@link dev.kimball.core.discover.Discovery} runs the
 * step: {@link dev.kimball.core.discover.TableProfiler} brings a seeded sample of rows to the JVM for type inference
 * and counts exact statistics, top values and full-column conformance of each inferred type and format in the
 * warehouse (on DuckDB from one aggregation of each column's distinct values, {@code ColumnScan}; on ClickHouse with
 * {@link dev.kimball.core.discover.ConformanceCheck}'s vectorised scan); {@code QualityScores} turns the counts into
 * quality scores and recommendations; {@link dev.kimball.core.discover.KeyDetector} finds minimal primary keys (exact,
 * composite up to three columns); {@link dev.kimball.core.discover.RelationshipDetector} verifies foreign-key
 * candidates by inclusion coverage and {@code RelationshipSelection} chooses them for the whole schema;
 * {@code CatalogStore} keeps the result in {@code metadata.discover}, {@code metadata.discover_tables},
 * {@code metadata.relationships} and {@code metadata.catalog_history}, where users' renames and type overrides live.
 * Engine-specific SQL lives in the dialect ({@code Dialect.conforms}) and in the per-engine
 * {@link dev.kimball.core.discover.ProfileSql}.
 */
package dev.kimball.core.discover;
