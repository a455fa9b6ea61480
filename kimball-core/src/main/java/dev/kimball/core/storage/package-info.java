/**
 * The local file system as a {@link dev.kimball.spi.StorageProvider}: a file, a directory or a glob of a
 * {@link dev.kimball.api.LocalLocation} becomes the sorted list of {@link dev.kimball.spi.StoredFile}s a load reads.
 * Built into the engine; other storages (S3) come from connector modules.
 */
package dev.kimball.core.storage;
