package dev.kimball.core;

import dev.kimball.api.KimballSession;
import dev.kimball.core.warehouse.Warehouses;
import dev.kimball.spi.EngineProvider;
import dev.kimball.spi.Warehouse;

/** The engine behind {@link dev.kimball.api.Kimball}, registered for {@link java.util.ServiceLoader}. */
public final class KimballEngine implements EngineProvider {
    @Override
    public KimballSession open(String warehouseUrl) {
        Warehouse w = Warehouses.open(warehouseUrl);
        try {
            return new DefaultSession(w);
        } catch (RuntimeException e) {
            w.close();
            throw e;
        }
    }
}
