/**
 * The Parquet format: {@link dev.kimball.connector.parquet.ParquetFormatProvider} (the only public type, found through
 * {@link java.util.ServiceLoader}) gives one unit per file. Bytes come from {@link dev.kimball.spi.StoredFile#openSeekable()}
 * through a Parquet {@code InputFile} of our own ({@code StoredInputFile}), so local files and S3 objects (ranged GETs)
 * are read alike and no Hadoop FileSystem is involved; parquet-hadoop still needs a handful of Hadoop classes
 * (hadoop-common and hadoop-mapreduce-client-core without their transitive jars, plus shaded guava, woodstox and
 * commons-collections4, each found missing at runtime without it). Rows are assembled by Parquet's record reader into
 * converters that write each value's string directly ({@code ValueFormats} lists the strings); groups, lists and
 * maps are written as JSON text with Jackson's generator. Memory is bounded by one row group.
 */
package dev.kimball.connector.parquet;
