package dev.kimball.core.discover;

import dev.kimball.api.ConfigurationException;
import dev.kimball.api.TableRef;
import dev.kimball.api.catalog.CatalogChange;
import dev.kimball.api.catalog.CatalogColumn;
import dev.kimball.api.catalog.CatalogTable;
import dev.kimball.api.catalog.Quality;
import java.util.ArrayList;
import java.util.List;

/** A table entry snapshot; edits go through the {@link CatalogEditor}. */
final class StoredTable implements CatalogTable {
    private final CatalogEditor editor;
    private final TableRef bronzeTable;
    private final String name;
    private final long rows;
    private final List<String> primaryKey;
    private final String keyKind;
    private final Quality quality;
    private final long duplicateRows;
    private final List<CatalogColumn> columns;
    private final List<String> recommendations;

    StoredTable(CatalogEditor editor, TableRef bronzeTable, String name, long rows, List<String> primaryKey, String keyKind,
                Quality quality, long duplicateRows, List<? extends CatalogColumn> columns, List<String> recommendations) {
        this.editor = editor;
        this.bronzeTable = bronzeTable;
        this.name = name;
        this.rows = rows;
        this.primaryKey = List.copyOf(primaryKey);
        this.keyKind = keyKind;
        this.quality = quality;
        this.duplicateRows = duplicateRows;
        this.columns = List.copyOf(columns);
        this.recommendations = List.copyOf(recommendations);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public TableRef bronzeTable() {
        return bronzeTable;
    }

    @Override
    public long rows() {
        return rows;
    }

    @Override
    public List<String> primaryKey() {
        return primaryKey;
    }

    @Override
    public String keyKind() {
        return keyKind;
    }

    @Override
    public Quality quality() {
        return quality;
    }

    @Override
    public long duplicateRows() {
        return duplicateRows;
    }

    @Override
    public List<CatalogColumn> columns() {
        return columns;
    }

    @Override
    public CatalogColumn column(String columnName) {
        for (CatalogColumn c : columns) {
            if (c.name().equals(columnName)) {
                return c;
            }
        }
        for (CatalogColumn c : columns) {
            if (c.bronzeName().equals(columnName) || c.sourceName().equals(columnName)) {
                return c;
            }
        }
        throw new ConfigurationException("CATALOG_UNKNOWN_COLUMN", "table " + name + " has no column '" + columnName + "'; columns: "
                + columns.stream().map(CatalogColumn::name).toList());
    }

    @Override
    public List<String> recommendations() {
        List<String> all = new ArrayList<>(recommendations);
        for (CatalogColumn c : columns) {
            all.addAll(c.recommendations());
        }
        return all;
    }

    @Override
    public CatalogTable rename(String newName) {
        return editor.renameTable(bronzeTable, newName);
    }

    @Override
    public List<CatalogChange> history() {
        return editor.history(bronzeTable, "");
    }

    @Override
    public String toString() {
        return "CatalogTable[" + name + (name.equals(bronzeTable.name()) ? "" : " (bronze " + bronzeTable + ")") + ", " + rows
                + " rows, key " + primaryKey + ", quality " + String.format(java.util.Locale.ROOT, "%.2f", quality.score()) + "]";
    }
}
