package dev.kimball.core.discover;

import dev.kimball.api.TableRef;
import dev.kimball.spi.Warehouse;
import java.util.List;

/** The data columns of a bronze table: all but the {@code _kimball_*} lineage columns, in table order. */
final class DataColumns {
    private static final String LINEAGE_PREFIX = "_kimball_";

    private DataColumns() {
    }

    /** @throws IllegalArgumentException naming the table when it does not exist or has no data columns */
    static List<String> of(Warehouse warehouse, TableRef table) {
        List<String> all = warehouse.columns(table);
        if (all.isEmpty()) {
            throw new IllegalArgumentException("table " + table + " does not exist in " + warehouse.url()
                    + "; load it to bronze first");
        }
        List<String> data = all.stream().filter(c -> !c.startsWith(LINEAGE_PREFIX)).toList();
        if (data.isEmpty()) {
            throw new IllegalArgumentException("table " + table + " has no data columns, only " + all);
        }
        return data;
    }
}
