package dev.kimball.core.discover;

import dev.kimball.api.LogicalType;
import dev.kimball.api.TableRef;
import dev.kimball.api.TypeFormat;
import dev.kimball.api.catalog.CatalogChange;
import dev.kimball.api.catalog.CatalogColumn;
import dev.kimball.api.catalog.CatalogTable;
import java.util.List;

/** What catalog snapshots call to store an edit and read back the fresh entry. */
interface CatalogEditor {
    CatalogTable renameTable(TableRef table, String newName);

    CatalogColumn renameColumn(TableRef table, String bronzeColumn, String newName);

    CatalogColumn overrideType(TableRef table, String bronzeColumn, LogicalType type, TypeFormat format);

    List<CatalogChange> history(TableRef table, String bronzeColumn);
}
