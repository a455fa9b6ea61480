package dev.kimball.core.metadata;

import static dev.kimball.spi.ColumnDef.required;
import static dev.kimball.spi.ColumnDef.string;

import dev.kimball.api.TableRef;
import dev.kimball.spi.ColumnDef;
import dev.kimball.spi.ColumnType;
import dev.kimball.spi.TableDef;
import dev.kimball.spi.TableKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Definitions of the metadata tables this version uses. */
public final class MetadataTables {
    /**
     * One row per source unit (file, object, table): which bronze table it feeds. Key: {@code source}. (Before the
     * source registry this table was {@code metadata.sources}; {@link MetadataStore#createTables()} renames it.)
     */
    public static final TableDef SOURCE_UNITS = versioned("source_units", List.of("source"),
            required("source", ColumnType.STRING), required("kind", ColumnType.STRING), required("location", ColumnType.STRING),
            required("bronze_table", ColumnType.STRING), required("updated_at", ColumnType.TIMESTAMP));

    /**
     * The source registry ({@code dev.kimball.api.SourceRegistry}): one row per named source. {@code spec} is the JSON
     * definition holding secret references only. Key: {@code name}.
     */
    public static final TableDef SOURCES = versioned("sources", List.of("name"),
            required("name", ColumnType.STRING), required("kind", ColumnType.STRING), required("spec", ColumnType.STRING),
            required("description", ColumnType.STRING), required("created_at", ColumnType.TIMESTAMP),
            required("updated_at", ColumnType.TIMESTAMP));

    /**
     * Every version ever written to {@link #SOURCES}, appended and never collapsed (ClickHouse merges replace older
     * versions of a versioned table, so its rows alone are no history). Same columns; {@code is_deleted} marks a removal.
     */
    public static final TableDef SOURCE_HISTORY = new TableDef(TableRef.metadata("source_history"), SOURCES.columns(),
            TableKind.APPEND, List.of("name", TableDef.VERSION));

    /** One row per load of a source unit, updated as it runs. Key: {@code load_id, source}. */
    public static final TableDef LOADS = versioned("loads", List.of("load_id", "source"),
            required("load_id", ColumnType.STRING), required("source", ColumnType.STRING), required("bronze_table", ColumnType.STRING),
            required("status", ColumnType.STRING), required("mode", ColumnType.STRING),
            required("rows_read", ColumnType.INT64), required("rows_loaded", ColumnType.INT64), required("rows_rejected", ColumnType.INT64),
            required("bytes", ColumnType.INT64), string("encoding"), string("dialect"), required("control_chars_removed", ColumnType.INT64),
            required("started_at", ColumnType.TIMESTAMP), new ColumnDef("finished_at", ColumnType.TIMESTAMP, true), string("error"),
            string("unit_version"));

    /** The data columns of each bronze table with the original header. Key: {@code bronze_table, name}. */
    public static final TableDef BRONZE_COLUMNS = versioned("bronze_columns", List.of("bronze_table", "name"),
            required("bronze_table", ColumnType.STRING), required("name", ColumnType.STRING), required("original", ColumnType.STRING),
            required("ordinal", ColumnType.INT64));

    /**
     * Learned type corrections ({@code dev.kimball.api.TypeCorrection}), one per similarity class: a later correction
     * for the same name pattern and value shape replaces the earlier one. Separators are one character or {@code ""}
     * for none; enums by name. Key: {@code name_pattern, value_shape}.
     */
    public static final TableDef CORRECTIONS = versioned("corrections", List.of("name_pattern", "value_shape"),
            required("name_pattern", ColumnType.STRING), required("value_shape", ColumnType.STRING),
            required("type", ColumnType.STRING), required("precision", ColumnType.INT64), required("scale", ColumnType.INT64),
            required("pattern", ColumnType.STRING), required("decimal_separator", ColumnType.STRING),
            required("grouping_separator", ColumnType.STRING), required("currency", ColumnType.STRING),
            required("currency_position", ColumnType.STRING), required("percent", ColumnType.STRING),
            required("accounting_negatives", ColumnType.BOOLEAN), required("exponent", ColumnType.BOOLEAN),
            required("unix_unit", ColumnType.STRING), required("true_token", ColumnType.STRING),
            required("false_token", ColumnType.STRING), required("semantic", ColumnType.STRING),
            required("learned_at", ColumnType.TIMESTAMP));

    public static final List<TableDef> ALL = List.of(SOURCE_UNITS, LOADS, BRONZE_COLUMNS, CORRECTIONS, SOURCES, SOURCE_HISTORY);

    private MetadataTables() {
    }

    private static TableDef versioned(String name, List<String> key, ColumnDef... columns) {
        List<ColumnDef> cols = new ArrayList<>(Arrays.asList(columns));
        cols.add(required(TableDef.VERSION, ColumnType.INT64));
        cols.add(required(TableDef.IS_DELETED, ColumnType.BOOLEAN));
        return new TableDef(TableRef.metadata(name), cols, TableKind.VERSIONED, key);
    }
}
