package dev.kimball.core.storage;

import dev.kimball.api.LocalLocation;
import dev.kimball.api.Location;
import dev.kimball.spi.StorageProvider;
import dev.kimball.spi.StoredFile;
import java.util.List;

/**
 * Local files of a {@link LocalLocation}: a file; a directory (its files, not recursive, hidden files skipped); or a
 * glob ({@code data/sales_*.csv}, {@code dir/**}{@code /*.csv}, where {@code **} also matches no directory at all, as
 * in shells). Sorted by path; listing only, nothing is read.
 */
public final class LocalStorageProvider implements StorageProvider {
    @Override
    public String name() {
        return "local";
    }

    @Override
    public boolean accepts(Location location) {
        return location instanceof LocalLocation;
    }

    /**
     * @throws dev.kimball.api.SourceException SOURCE_NOT_FOUND when the location does not exist, matches no file or
     *                                         cannot be listed, naming the location
     * @throws IllegalArgumentException        when the location is not a {@link LocalLocation}
     */
    @Override
    public List<StoredFile> list(Location location) {
        if (!(location instanceof LocalLocation local)) {
            throw new IllegalArgumentException("the local storage lists LocalLocation, got " + location.describe());
        }
        return LocalPaths.resolve(local.pathOrGlob()).stream().map(StoredFile::local).toList();
    }

    @Override
    public String toString() {
        return "LocalStorageProvider";
    }
}
