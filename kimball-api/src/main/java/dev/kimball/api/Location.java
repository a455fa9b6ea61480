package dev.kimball.api;

/**
 * Where files live: a local path or glob ({@link LocalLocation}), an object-store prefix (S3, added by its connector).
 * A value; nothing is listed until a load runs.
 */
public interface Location {
    /** A secret-free description, e.g. {@code data/*.csv} or {@code s3://bucket/prefix/}. */
    String describe();
}
