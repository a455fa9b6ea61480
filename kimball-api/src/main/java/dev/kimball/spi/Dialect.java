package dev.kimball.spi;

import dev.kimball.api.InferredType;
import dev.kimball.api.TableRef;

/**
 * Everything engine-specific about SQL text. The rest of KIMBALL builds SQL only through a dialect, so
 * identifiers that come from data are always quoted and literals always escaped.
 */
public interface Dialect {
    /** Quotes an identifier (any string, including quotes, backticks, semicolons, unicode, empty). */
    String quote(String identifier);

    /** The fully qualified, quoted name of a table, mapping its layer to the engine's schema/database. */
    String table(TableRef table);

    /** A string literal. */
    String literal(String value);

    /** The engine's type name for a column type. */
    String typeName(ColumnType type, boolean nullable);

    /** {@code CREATE TABLE IF NOT EXISTS} for this definition. */
    String createTable(TableDef def);

    /** {@code ALTER TABLE ... ADD COLUMN IF NOT EXISTS} for one column. */
    String addColumn(TableRef table, ColumnDef column);

    /** A {@code SELECT} of all columns of the latest version per key of a versioned table, leaving out keys whose latest version is deleted. */
    String latest(TableDef def);

    /** A statement deleting the rows matching a predicate (already rendered by this dialect). */
    String deleteWhere(TableRef table, String predicate);

    /**
     * Renames a table within its layer (used to migrate metadata tables). The default is
     * {@code ALTER TABLE <from> RENAME TO <to's name>}.
     *
     * @throws IllegalArgumentException when the tables are in different layers
     */
    default String renameTable(TableRef from, TableRef to) {
        if (!from.schema().equals(to.schema())) {
            throw new IllegalArgumentException("a table is renamed within its layer, got " + from + " -> " + to);
        }
        return "ALTER TABLE " + table(from) + " RENAME TO " + quote(to.name());
    }

    /** {@code DROP TABLE IF EXISTS}. */
    String dropTable(TableRef table);

    /**
     * A boolean SQL expression that is true when {@code value} (an SQL expression of a non-null string that is not a
     * null token) is spelled as {@code type}'s logical type in its {@link dev.kimball.api.TypeFormat}: the warehouse
     * side of {@code TypeInference.revalidate}, so conformance is counted on the full column. {@code STRING} is
     * always true. Surrounding whitespace is ignored, as in the JVM check.
     *
     * @throws UnsupportedOperationException when this dialect cannot check the type (the default)
     * @throws IllegalArgumentException      when the format cannot describe the type (e.g. a DATE without a pattern)
     */
    default String conforms(String value, InferredType type) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot check " + type.typeName()
                + " conformance in SQL");
    }
}
