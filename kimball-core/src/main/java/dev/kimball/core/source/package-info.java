/**
 * Finding the connector for a source: {@link dev.kimball.spi.SourceProvider}s from the classpath, and the built-in
 * provider of file sources that combines a {@link dev.kimball.spi.StorageProvider} (local, S3...) listing the files with
 * the {@link dev.kimball.spi.FormatProvider} (CSV, Parquet...) reading each.
 */
package dev.kimball.core.source;
