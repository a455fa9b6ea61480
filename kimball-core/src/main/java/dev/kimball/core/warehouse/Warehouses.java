package dev.kimball.core.warehouse;

import dev.kimball.api.ConfigurationException;
import dev.kimball.spi.Warehouse;
import dev.kimball.spi.WarehouseProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** Opens a {@link Warehouse} from its URL with the first {@link WarehouseProvider} that accepts it. */
public final class Warehouses {
    private Warehouses() {
    }

    public static Warehouse open(String url) {
        List<String> examples = new ArrayList<>();
        for (WarehouseProvider p : ServiceLoader.load(WarehouseProvider.class, Warehouses.class.getClassLoader())) {
            if (p.accepts(url)) {
                return p.open(url);
            }
            examples.add(p.name() + " (" + p.exampleUrl() + ")");
        }
        throw new ConfigurationException("WAREHOUSE_URL", "no warehouse accepts the URL '" + redact(url)
                + "'; available: " + String.join(", ", examples));
    }

    /** Removes anything after '?' (where credentials live) for messages. */
    public static String redact(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q) + "?…";
    }
}
