package dev.kimball.core.source;

import dev.kimball.api.ConfigurationException;
import dev.kimball.api.Location;
import dev.kimball.api.S3Location;
import dev.kimball.core.storage.LocalStorageProvider;
import dev.kimball.spi.StorageProvider;
import java.util.ArrayList;
import java.util.List;

/** The storages on the classpath ({@link java.util.ServiceLoader}), then the built-in local file system. */
final class StorageProviders {
    private final List<StorageProvider> providers;
    private final List<String> failures;

    StorageProviders(List<StorageProvider> providers, List<String> failures) {
        this.providers = List.copyOf(providers);
        this.failures = List.copyOf(failures);
    }

    static StorageProviders discover() {
        return discover(StorageProviders.class.getClassLoader());
    }

    static StorageProviders discover(ClassLoader loader) {
        ServiceDiscovery<StorageProvider> d = ServiceDiscovery.load(StorageProvider.class, loader);
        List<StorageProvider> found = new ArrayList<>(d.found());
        found.add(new LocalStorageProvider());
        return new StorageProviders(found, d.failures());
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
                + kind(location) + " (or dev.kimball:kimball-all)"
                + (failures.isEmpty() ? "" : "; storages that failed to load (a library missing?): " + failures));
    }

    @Override
    public String toString() {
        return providers.stream().map(StorageProvider::name).toList().toString();
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
