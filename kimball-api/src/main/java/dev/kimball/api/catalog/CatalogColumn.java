package dev.kimball.api.catalog;

import dev.kimball.api.InferredType;
import dev.kimball.api.LogicalType;
import dev.kimball.api.TypeFormat;
import java.util.List;

/** A column of a {@link CatalogTable}: a snapshot; edits are stored at once and return a new snapshot. */
public interface CatalogColumn {
    /** The current name (edited, or the bronze name). */
    String name();

    /** The column's name in the bronze table (never changes). */
    String bronzeName();

    /** The header as the source spelled it. */
    String sourceName();

    /** The inferred (or overridden) type, validated on the full column. */
    InferredType type();

    /** Whether a user set the type. */
    boolean typeOverridden();

    Quality quality();

    /** Concrete suggestions, e.g. {@code 23 values in `amount` are not numbers, e.g. 'N/A', 'tbd'}. */
    List<String> recommendations();

    /** Whether the column is part of the table's primary key. */
    boolean primaryKey();

    /**
     * What the column looks like in a star schema: {@code key}, {@code foreign_key}, {@code measure}, {@code date},
     * {@code flag}, {@code attribute} or {@code text}.
     */
    String role();

    /**
     * Renames the column in the catalog (the bronze table is not altered).
     *
     * @throws dev.kimball.api.ConfigurationException when the name is blank or another column of the table has it
     */
    CatalogColumn rename(String newName);

    /** Overrides the type, keeping the inferred format where it still applies; also taught to type inference. */
    CatalogColumn overrideType(LogicalType type);

    /**
     * Overrides the type and format; the correction is also stored as an inference correction, so similar columns
     * (same name pattern and value shape) are typed this way from now on.
     *
     * @throws dev.kimball.api.ConfigurationException when the type needs a format that is missing (a DATE without pattern)
     */
    CatalogColumn overrideType(LogicalType type, TypeFormat format);

    /** Every version of this column's entry, oldest first. */
    List<CatalogChange> history();
}
