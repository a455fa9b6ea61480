package dev.kimball.api.catalog;

import dev.kimball.api.TableRef;
import java.util.List;

/** A bronze table in the catalog: a snapshot; edits are stored at once and return a new snapshot. */
public interface CatalogTable {
    /** The current name (edited, or the bronze table's name). */
    String name();

    /** The bronze table (never changes). */
    TableRef bronzeTable();

    long rows();

    /** Current names of the primary key's columns; empty when the table has none. */
    List<String> primaryKey();

    /** {@code surrogate}, {@code natural} or {@code none}. */
    String keyKind();

    /** The table's scores: the mean of its columns' scores, and uniqueness from exact duplicate rows. */
    Quality quality();

    /** Rows that repeat an earlier row in every data column. */
    long duplicateRows();

    /** Columns in table order. */
    List<CatalogColumn> columns();

    /**
     * A column by its current, bronze or source name.
     *
     * @throws dev.kimball.api.ConfigurationException naming the table's columns when there is none
     */
    CatalogColumn column(String name);

    /** The table's and its columns' recommendations. */
    List<String> recommendations();

    /**
     * Renames the table; all its columns' entries follow in the same write.
     *
     * @throws dev.kimball.api.ConfigurationException when the name is blank or another table has it
     */
    CatalogTable rename(String newName);

    /** Every version of the table's entry, oldest first. */
    List<CatalogChange> history();
}
