/**
 * Discovery of bronze tables, pushed down into the warehouse: {@link dev.kimball.core.discover.TableProfiler}
 * profiles every data column in a few scans (counts, distinct, lengths, top values) and brings only a sample of rows
 * to the JVM for type inference; {@link dev.kimball.core.discover.ConformanceCheck} then counts, in one more scan,
 * how many values of the full column conform to each inferred type and format, and re-decides the type on those
 * counts. Engine-specific SQL lives in the dialect ({@code Dialect.conforms}) and in the per-engine
 * {@link dev.kimball.core.discover.ProfileSql}.
 */
package dev.kimball.core.discover;
