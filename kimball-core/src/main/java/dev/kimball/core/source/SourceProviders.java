package dev.kimball.core.source;

import dev.kimball.api.ConfigurationException;
import dev.kimball.api.Source;
import dev.kimball.spi.SourceProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The connectors on the classpath, found with {@link ServiceLoader}, then the built-in provider of every
 * {@link dev.kimball.api.FileSource} (storage x format, see {@code FileSourceProvider}).
 */
public final class SourceProviders {
    private final List<SourceProvider> providers;

    private SourceProviders(List<SourceProvider> providers) {
        this.providers = List.copyOf(providers);
    }

    public static SourceProviders discover() {
        List<SourceProvider> found = new ArrayList<>();
        ServiceLoader.load(SourceProvider.class, SourceProviders.class.getClassLoader()).forEach(found::add);
        if (found.isEmpty()) {
            ServiceLoader.load(SourceProvider.class).forEach(found::add);
        }
        // last, so a connector that reads a file source its own way takes precedence
        found.add(new FileSourceProvider(StorageProviders.discover(), FormatProviders.discover()));
        return new SourceProviders(found);
    }

    /**
     * Checks the source with the connector that reads it ({@link SourceProvider#test}) and says what it found.
     *
     * @throws dev.kimball.api.SourceException        what is wrong with the source
     * @throws ConfigurationException                 NO_CONNECTOR, or a misconfigured source (SECRET_MISSING...)
     */
    public String test(Source source) {
        return forSource(source).test(source);
    }

    /** The first provider that accepts the source; the error names the connectors available and the artifact to add. */
    public SourceProvider forSource(Source source) {
        for (SourceProvider p : providers) {
            if (p.accepts(source)) {
                return p;
            }
        }
        String kind = source.describe().contains(":") ? source.describe().substring(0, source.describe().indexOf(':')) : source.describe();
        throw new ConfigurationException("NO_CONNECTOR", "no connector reads " + source.describe() + "; connectors on the classpath: "
                + (providers.isEmpty() ? "none" : providers.stream().map(SourceProvider::name).toList())
                + ". Add the dependency dev.kimball:kimball-connector-" + kind + " (or dev.kimball:kimball-all)");
    }
}
