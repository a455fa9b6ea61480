package dev.kimball.core.source;

import dev.kimball.api.ConfigurationException;
import dev.kimball.api.Location;
import dev.kimball.api.S3Location;
import dev.kimball.core.storage.LocalStorageProvider;
import dev.kimball.spi.StorageProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** The storages on the classpath ({@link ServiceLoader}), then the built-in local file system. */
final class StorageProviders {
    private final List<StorageProvider> providers;

    StorageProviders(List<StorageProvider> providers) {
        this.providers = List.copyOf(providers);
    }

    static StorageProviders discover() {
        List<StorageProvider> found = new ArrayList<>();
        ServiceLoader.load(StorageProvider.class, StorageProviders.class.getClassLoader()).forEach(found::add);
        if (found.isEmpty()) {
            ServiceLoader.load(StorageProvider.class).forEach(found::add);
        }
        found.add(new LocalStorageProvider());
        return new StorageProviders(found);
    }

    /**
     * The first storage that accepts the location.
     *
     * @throws ConfigurationException NO_STORAGE naming the storages on the classpath and the artifact to add
     */
    StorageProvider forLocation(Location location) {
        for (StorageProvider p : providers) {
            if (p.accepts(location)) {
                return p;
            }
        }
        throw new ConfigurationException("NO_STORAGE", "no storage reads " + location.describe() + "; storages on the classpath: "
                + providers.stream().map(StorageProvider::name).toList() + ". Add the dependency dev.kimball:kimball-connector-"
                + kind(location) + " (or dev.kimball:kimball-all)");
    }

    private static String kind(Location location) {
        if (location instanceof S3Location) {
            return "s3";
        }
        String d = location.describe();
        int colon = d.indexOf(':');
        return colon > 0 ? d.substring(0, colon) : location.getClass().getSimpleName();
    }
}
