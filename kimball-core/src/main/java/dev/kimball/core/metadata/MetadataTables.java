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

    /**
     * One row per load of a source unit, updated as it runs. Key: {@code load_id, source}. {@code unit_version} is what
     * an incremental load compares to skip unchanged files; {@code cursor_mark} is the greatest {@code cursor_column}
     * value the load read (exact text), where the next incremental load of the table starts.
     */
    public static final TableDef LOADS = versioned("loads", List.of("load_id", "source"),
            required("load_id", ColumnType.STRING), required("source", ColumnType.STRING), required("bronze_table", ColumnType.STRING),
            required("status", ColumnType.STRING), required("mode", ColumnType.STRING),
            required("rows_read", ColumnType.INT64), required("rows_loaded", ColumnType.INT64), required("rows_rejected", ColumnType.INT64),
            required("bytes", ColumnType.INT64), string("encoding"), string("dialect"), required("control_chars_removed", ColumnType.INT64),
            required("started_at", ColumnType.TIMESTAMP), new ColumnDef("finished_at", ColumnType.TIMESTAMP, true), string("error"),
            string("unit_version"), string("cursor_column"), string("cursor_mark"));

    /**
     * Keys the sources declare (e.g. PostgreSQL constraints), in bronze names: hints for Discover. {@code kind} is
     * {@code PK}, {@code UNIQUE} or {@code FK}; {@code columns} and {@code ref_columns} are comma-joined bronze column
     * names in key order; {@code ref_*} only for FK. Refreshed by every successful load of the source. Key:
     * {@code bronze_table, kind, name}.
     */
    public static final TableDef DECLARED_KEYS = versioned("declared_keys", List.of("bronze_table", "kind", "name"),
            required("bronze_table", ColumnType.STRING), required("kind", ColumnType.STRING), required("name", ColumnType.STRING),
            required("columns", ColumnType.STRING), string("ref_bronze_table"), string("ref_columns"),
            required("source", ColumnType.STRING), required("recorded_at", ColumnType.TIMESTAMP));

    /** The data columns of each bronze table with the original header. Key: {@code bronze_table, name}. */
    public static final TableDef BRONZE_COLUMNS = versioned("bronze_columns", List.of("bronze_table", "name"),
            required("bronze_table", ColumnType.STRING), required("name", ColumnType.STRING), required("original", ColumnType.STRING),
            required("ordinal", ColumnType.INT64));

    /**
     * An inferred type's format, field by field (read back by {@code CorrectionRows}): in {@link #CORRECTIONS} and
     * {@link #DISCOVER} alike.
     */
    private static final List<ColumnDef> TYPE_FORMAT = List.of(
            required("pattern", ColumnType.STRING), required("decimal_separator", ColumnType.STRING),
            required("grouping_separator", ColumnType.STRING), required("currency", ColumnType.STRING),
            required("currency_position", ColumnType.STRING), required("percent", ColumnType.STRING),
            required("accounting_negatives", ColumnType.BOOLEAN), required("exponent", ColumnType.BOOLEAN),
            required("unix_unit", ColumnType.STRING), required("true_token", ColumnType.STRING),
            required("false_token", ColumnType.STRING), required("semantic", ColumnType.STRING));

    /**
     * Learned type corrections ({@code dev.kimball.api.TypeCorrection}), one per similarity class: a later correction
     * for the same name pattern and value shape replaces the earlier one. Separators are one character or {@code ""}
     * for none; enums by name. Key: {@code name_pattern, value_shape}.
     */
    public static final TableDef CORRECTIONS = versioned("corrections", List.of("name_pattern", "value_shape"), join(
            List.of(required("name_pattern", ColumnType.STRING), required("value_shape", ColumnType.STRING),
                    required("type", ColumnType.STRING), required("precision", ColumnType.INT64), required("scale", ColumnType.INT64)),
            TYPE_FORMAT,
            List.of(required("learned_at", ColumnType.TIMESTAMP))));

    /**
     * The catalog, one row per bronze column: original and current names, the type validated on the full column
     * (stored field by field, as in {@link #CORRECTIONS}, so it can be queried and rebuilt), quality scores,
     * recommendations (newline-separated), role and key flags, and which edit wrote the version ({@code change}).
     * A user's type override is kept as the key of its correction ({@code override_pattern}, {@code override_shape}).
     * Key: {@code bronze_table, bronze_column}.
     */
    public static final TableDef DISCOVER = versioned("discover", List.of("bronze_table", "bronze_column"), join(
            List.of(required("bronze_table", ColumnType.STRING), required("bronze_column", ColumnType.STRING),
                    required("table_name", ColumnType.STRING), required("column_name", ColumnType.STRING),
                    required("source_name", ColumnType.STRING), required("ordinal", ColumnType.INT64),
                    required("type", ColumnType.STRING), required("precision", ColumnType.INT64), required("scale", ColumnType.INT64),
                    required("format", ColumnType.STRING)),
            TYPE_FORMAT,
            List.of(required("confidence", ColumnType.FLOAT64), required("reason", ColumnType.STRING),
                    required("non_null", ColumnType.INT64), required("conforming", ColumnType.INT64), required("nulls", ColumnType.INT64),
                    required("examples", ColumnType.STRING), required("missing_codes", ColumnType.STRING),
                    required("value_shape", ColumnType.STRING), required("sample_offered", ColumnType.INT64),
                    required("sample_examined", ColumnType.INT64), required("sample_head", ColumnType.INT64),
                    required("sample_seed", ColumnType.INT64), required("distinct_values", ColumnType.INT64),
                    required("completeness", ColumnType.FLOAT64), required("validity", ColumnType.FLOAT64),
                    required("uniqueness", ColumnType.FLOAT64), required("consistency", ColumnType.FLOAT64),
                    required("quality", ColumnType.FLOAT64), required("recommendations", ColumnType.STRING),
                    required("role", ColumnType.STRING), required("is_pk", ColumnType.BOOLEAN),
                    required("name_edited", ColumnType.BOOLEAN), required("override_pattern", ColumnType.STRING),
                    required("override_shape", ColumnType.STRING), required("change", ColumnType.STRING),
                    required("changed_at", ColumnType.TIMESTAMP))));

    /**
     * The catalog's table entries: current name, rows, primary key (comma-separated bronze column names, in key
     * order), key kind, table quality, duplicate rows, recommendations. Key: {@code bronze_table}.
     */
    public static final TableDef DISCOVER_TABLES = versioned("discover_tables", List.of("bronze_table"),
            required("bronze_table", ColumnType.STRING), required("table_name", ColumnType.STRING),
            required("rows", ColumnType.INT64), required("primary_key", ColumnType.STRING),
            required("key_kind", ColumnType.STRING), required("duplicate_rows", ColumnType.INT64),
            required("completeness", ColumnType.FLOAT64), required("validity", ColumnType.FLOAT64),
            required("uniqueness", ColumnType.FLOAT64), required("consistency", ColumnType.FLOAT64),
            required("quality", ColumnType.FLOAT64), required("recommendations", ColumnType.STRING),
            required("name_edited", ColumnType.BOOLEAN), required("change", ColumnType.STRING),
            required("changed_at", ColumnType.TIMESTAMP));

    /**
     * Relationships chosen by Discover, by bronze names (columns comma-separated, in key order). Key:
     * {@code from_table, from_columns, to_table, to_columns}.
     */
    public static final TableDef RELATIONSHIPS = versioned("relationships", List.of("from_table", "from_columns", "to_table", "to_columns"),
            required("from_table", ColumnType.STRING), required("from_columns", ColumnType.STRING),
            required("to_table", ColumnType.STRING), required("to_columns", ColumnType.STRING),
            required("cardinality", ColumnType.STRING), required("coverage", ColumnType.FLOAT64),
            required("confidence", ColumnType.FLOAT64), required("declared", ColumnType.BOOLEAN),
            required("reason", ColumnType.STRING), required("discovered_at", ColumnType.TIMESTAMP));

    /**
     * Append-only history of catalog entries (a versioned table keeps only the latest version once ClickHouse merges
     * its parts): one row per write of a table or column entry; {@code bronze_column} is empty for a table entry.
     */
    public static final TableDef CATALOG_HISTORY = new TableDef(TableRef.metadata("catalog_history"), List.of(
            required("at", ColumnType.TIMESTAMP), required("seq", ColumnType.INT64),
            required("bronze_table", ColumnType.STRING), required("bronze_column", ColumnType.STRING),
            required("change", ColumnType.STRING), required("table_name", ColumnType.STRING),
            required("column_name", ColumnType.STRING), required("type", ColumnType.STRING)),
            TableKind.APPEND, List.of("bronze_table", "bronze_column", "seq"));

    public static final List<TableDef> ALL = List.of(SOURCE_UNITS, LOADS, BRONZE_COLUMNS, CORRECTIONS, SOURCES, SOURCE_HISTORY,
            DECLARED_KEYS, DISCOVER, DISCOVER_TABLES, RELATIONSHIPS, CATALOG_HISTORY);

    private MetadataTables() {
    }

    private static TableDef versioned(String name, List<String> key, ColumnDef... columns) {
        return versioned(name, key, Arrays.asList(columns));
    }

    private static TableDef versioned(String name, List<String> key, List<ColumnDef> columns) {
        List<ColumnDef> cols = new ArrayList<>(columns);
        cols.add(required(TableDef.VERSION, ColumnType.INT64));
        cols.add(required(TableDef.IS_DELETED, ColumnType.BOOLEAN));
        return new TableDef(TableRef.metadata(name), cols, TableKind.VERSIONED, key);
    }

    @SafeVarargs
    private static List<ColumnDef> join(List<ColumnDef>... parts) {
        List<ColumnDef> out = new ArrayList<>();
        for (List<ColumnDef> p : parts) {
            out.addAll(p);
        }
        return out;
    }
}
