package dev.kimball.api.catalog;

import java.util.List;

/** What Discover knows about the bronze layer: a snapshot read from the warehouse's metadata tables. */
public interface Catalog {
    /** Tables sorted by current name. */
    List<CatalogTable> tables();

    /**
     * A table by its current or bronze name.
     *
     * @throws dev.kimball.api.ConfigurationException listing the catalog's tables when there is none
     */
    CatalogTable table(String name);

    /** The relationships chosen for the whole schema. */
    List<Relationship> relationships();
}
