package dev.kimball.core.discover;

import dev.kimball.api.ConfigurationException;
import dev.kimball.api.catalog.Catalog;
import dev.kimball.api.catalog.CatalogTable;
import dev.kimball.api.catalog.Relationship;
import java.util.List;

/** A catalog snapshot. */
record StoredCatalog(List<CatalogTable> tables, List<Relationship> relationships) implements Catalog {
    StoredCatalog {
        tables = List.copyOf(tables);
        relationships = List.copyOf(relationships);
    }

    @Override
    public CatalogTable table(String name) {
        for (CatalogTable t : tables) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        for (CatalogTable t : tables) {
            if (t.bronzeTable().name().equals(name)) {
                return t;
            }
        }
        throw new ConfigurationException("CATALOG_UNKNOWN_TABLE", "no table '" + name + "' in the catalog; tables: "
                + tables.stream().map(CatalogTable::name).toList() + (tables.isEmpty() ? " (run discover first)" : ""));
    }

    @Override
    public String toString() {
        return "Catalog[" + tables.size() + " tables, " + relationships.size() + " relationships]";
    }
}
