package dev.kimball.core.discover;

import dev.kimball.api.InferredType;
import dev.kimball.api.LogicalType;
import dev.kimball.api.TableRef;
import dev.kimball.api.TypeFormat;
import dev.kimball.api.catalog.CatalogChange;
import dev.kimball.api.catalog.CatalogColumn;
import dev.kimball.api.catalog.Quality;
import java.util.List;

/** A column entry snapshot; edits go through the {@link CatalogEditor}. */
record StoredColumn(CatalogEditor editor, TableRef table, String name, String bronzeName, String sourceName, InferredType type,
                    boolean typeOverridden, Quality quality, List<String> recommendations, boolean primaryKey, String role)
        implements CatalogColumn {
    StoredColumn {
        recommendations = List.copyOf(recommendations);
    }

    @Override
    public CatalogColumn rename(String newName) {
        return editor.renameColumn(table, bronzeName, newName);
    }

    @Override
    public CatalogColumn overrideType(LogicalType newType) {
        return editor.overrideType(table, bronzeName, newType, null);
    }

    @Override
    public CatalogColumn overrideType(LogicalType newType, TypeFormat format) {
        return editor.overrideType(table, bronzeName, newType, java.util.Objects.requireNonNull(format, "format"));
    }

    @Override
    public List<CatalogChange> history() {
        return editor.history(table, bronzeName);
    }

    @Override
    public String toString() {
        return "CatalogColumn[" + table.name() + "." + name + (name.equals(bronzeName) ? "" : " (bronze " + bronzeName + ")") + ", "
                + CatalogStore.typeText(type) + (typeOverridden ? " (set by user)" : "") + "]";
    }
}
