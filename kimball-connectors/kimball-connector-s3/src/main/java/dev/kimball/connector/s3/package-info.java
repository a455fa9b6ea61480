/**
 * S3 and S3-compatible object stores as a {@link dev.kimball.spi.StorageProvider} (AWS SDK v2 over the JDK's HTTP
 * connection): listing with pagination, prefixes and globs; objects streamed ({@code ObjectStream}, resumed by ranged
 * GETs after a broken connection) or read at random ({@code RangedObjectInput}, ranged GETs with a read-ahead window);
 * connection tests that tell an unknown host, rejected credentials, a missing bucket and a denied listing apart. The
 * only public type is {@link dev.kimball.connector.s3.S3StorageProvider}, found through {@link java.util.ServiceLoader}.
 */
package dev.kimball.connector.s3;
