package dev.kimball.core.source;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the providers of one service, keeping going past a provider that cannot be loaded (a connector jar without its
 * library, say) so the others still work; what failed is kept for the error that names the missing module.
 */
final class ServiceDiscovery<T> {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceDiscovery.class);
    private static final int MAX_FAILURES = 20;

    private final List<T> found = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    private ServiceDiscovery() {
    }

    /** This loader's providers, else (none at all) the thread context loader's. */
    static <T> ServiceDiscovery<T> load(Class<T> service, ClassLoader loader) {
        ServiceDiscovery<T> d = new ServiceDiscovery<>();
        d.collect(ServiceLoader.load(service, loader), service);
        if (d.found.isEmpty()) {
            d.collect(ServiceLoader.load(service), service);
        }
        return d;
    }

    private void collect(ServiceLoader<T> loader, Class<T> service) {
        Iterator<T> it = loader.iterator();
        while (failures.size() < MAX_FAILURES) {
            try {
                if (!it.hasNext()) {
                    return;
                }
                T p = it.next();
                if (found.stream().noneMatch(f -> f.getClass() == p.getClass())) {
                    found.add(p);
                }
            } catch (ServiceConfigurationError | LinkageError e) {
                String why = e.getMessage() + (e.getCause() != null ? " (" + e.getCause() + ")" : "");
                failures.add(why);
                LOG.warn("a {} could not be loaded and is skipped: {}", service.getSimpleName(), why);
            }
        }
    }

    List<T> found() {
        return found;
    }

    /** Why providers could not be loaded, for error messages; empty when all loaded. */
    List<String> failures() {
        return failures;
    }
}
