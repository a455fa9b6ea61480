package dev.kimball.spi;

import dev.kimball.api.Location;
import java.util.List;

/**
 * Where bytes live: the local file system, S3 and compatible stores. Lists the files of a {@link Location}.
 * Registered in {@code META-INF/services/dev.kimball.spi.StorageProvider}.
 */
public interface StorageProvider {
    /** Short name, e.g. {@code s3}. */
    String name();

    boolean accepts(Location location);

    /**
     * The files at a location (a file, a folder/prefix, or a glob), sorted by name; pages through listings of any length.
     *
     * @throws dev.kimball.api.SourceException when the location does not exist, matches nothing or cannot be listed
     *                                         (auth, permission), saying which and what to check
     */
    List<StoredFile> list(Location location);

    /**
     * Checks that the location can be reached and listed within a short timeout, throwing the same errors as
     * {@link #list}. The default lists it.
     */
    default void test(Location location) {
        list(location);
    }
}
