package dev.kimball.core.discover;

import dev.kimball.api.ConfigurationException;
import dev.kimball.api.InferredType;
import dev.kimball.api.LogicalType;
import dev.kimball.api.SampleInfo;
import dev.kimball.api.Semantic;
import dev.kimball.api.TableRef;
import dev.kimball.api.TypeFormat;
import dev.kimball.api.catalog.Cardinality;
import dev.kimball.api.catalog.Catalog;
import dev.kimball.api.catalog.CatalogChange;
import dev.kimball.api.catalog.Quality;
import dev.kimball.api.catalog.Relationship;
import dev.kimball.core.corrections.CorrectionRows;
import dev.kimball.core.metadata.MetadataStore;
import dev.kimball.core.metadata.MetadataTables;
import dev.kimball.spi.Dialect;
import dev.kimball.spi.TableDef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads and writes the catalog in {@code metadata.discover} (columns), {@code metadata.discover_tables} (tables),
 * {@code metadata.relationships} and the append-only {@code metadata.catalog_history}. A new discovery keeps the
 * names a user edited and the types a user overrode. Thread-safe for reads; edits of one entry should not race.
 */
final class CatalogStore {
    static final String NONE = "none";
    private final MetadataStore metadata;

    CatalogStore(MetadataStore metadata) {
        this.metadata = metadata;
    }

    // ---- writes of a discovery -------------------------------------------------------------------------------

    /**
     * Stores the assessments of the analysed tables and the relationships among them, keeping earlier name edits and
     * soft-deleting relationships between analysed tables that were not chosen again.
     */
    void save(List<TableAssessment> tables, List<RelationshipRow> relationships, Instant at) {
        Map<String, Map<String, Object>> oldTables = index(metadata.read(MetadataTables.DISCOVER_TABLES, null), r -> (String) r.get("bronze_table"));
        Map<String, Map<String, Object>> oldColumns = index(metadata.read(MetadataTables.DISCOVER, null),
                r -> r.get("bronze_table") + "\u0000" + r.get("bronze_column"));
        Map<String, Map<String, String>> sourceNames = sourceNames();
        List<Object[]> tableRows = new ArrayList<>(), columnRows = new ArrayList<>(), history = new ArrayList<>();
        long seq = MetadataStore.nextVersion();
        for (TableAssessment t : tables) {
            String bronze = t.table().name();
            Map<String, Object> old = oldTables.get(bronze);
            boolean tableEdited = old != null && Boolean.TRUE.equals(old.get("name_edited"));
            String tableName = tableEdited ? (String) old.get("table_name") : bronze;
            String change = old == null ? "discovered" : "rediscovered";
            tableRows.add(tableRow(bronze, tableName, t.rows(), String.join(",", t.primaryKey()), t.keyKind(), t.duplicateRows(),
                    t.quality(), t.recommendations(), tableEdited, change, at));
            history.add(historyRow(at, seq++, bronze, "", change, tableName, "", ""));
            int ordinal = 0;
            for (ColumnAssessment c : t.columns()) {
                Map<String, Object> oc = oldColumns.get(bronze + "\u0000" + c.name());
                boolean edited = oc != null && Boolean.TRUE.equals(oc.get("name_edited"));
                String columnName = edited ? (String) oc.get("column_name") : c.name();
                String source = sourceNames.getOrDefault(bronze, Map.of()).getOrDefault(c.name(), c.name());
                columnRows.add(columnRow(bronze, c.name(), tableName, columnName, source, ordinal++, c.type(),
                        c.profile().distinct(), c.quality(), c.recommendations(), c.role(), c.primaryKey(), edited,
                        c.overridePattern(), c.overrideShape(), change, at));
                history.add(historyRow(at, seq++, bronze, c.name(), change, tableName, columnName, typeText(c.type())));
            }
        }
        Set<String> analysed = tables.stream().map(t -> t.table().name()).collect(Collectors.toSet());
        List<Object[]> stale = new ArrayList<>();
        Set<String> chosen = relationships.stream().map(RelationshipRow::key).collect(Collectors.toSet());
        for (Map<String, Object> r : metadata.read(MetadataTables.RELATIONSHIPS, null)) {
            RelationshipRow old = relationship(r);
            if (analysed.contains(old.fromTable()) && analysed.contains(old.toTable()) && !chosen.contains(old.key())) {
                stale.add(relationshipRow(old, at));
            }
        }
        metadata.upsert(MetadataTables.DISCOVER_TABLES, tableRows);
        metadata.upsert(MetadataTables.DISCOVER, columnRows);
        metadata.delete(MetadataTables.RELATIONSHIPS, stale);
        metadata.upsert(MetadataTables.RELATIONSHIPS, relationships.stream().map(r -> relationshipRow(r, at)).toList());
        metadata.append(MetadataTables.CATALOG_HISTORY, history);
    }

    /**
     * Soft-deletes the entries (table, columns, relationships from or to it) of bronze tables that no longer exist,
     * recording the removal in the history. Returns the tables removed.
     */
    List<String> removeMissing(java.util.Collection<String> existingBronzeTables, Instant at) {
        List<String> removed = new ArrayList<>();
        List<Object[]> tables = new ArrayList<>(), columns = new ArrayList<>(), history = new ArrayList<>(), relationships = new ArrayList<>();
        long seq = MetadataStore.nextVersion();
        for (Map<String, Object> t : metadata.read(MetadataTables.DISCOVER_TABLES, null)) {
            String bronze = (String) t.get("bronze_table");
            if (existingBronzeTables.contains(bronze)) {
                continue;
            }
            removed.add(bronze);
            tables.add(values(MetadataTables.DISCOVER_TABLES, t));
            String change = "removed: bronze table " + bronze + " no longer exists";
            history.add(historyRow(at, seq++, bronze, "", change, (String) t.get("table_name"), "", ""));
            for (Map<String, Object> c : columnRows(bronze)) {
                columns.add(values(MetadataTables.DISCOVER, c));
            }
        }
        if (removed.isEmpty()) {
            return removed;
        }
        for (Map<String, Object> r : metadata.read(MetadataTables.RELATIONSHIPS, null)) {
            RelationshipRow row = relationship(r);
            if (removed.contains(row.fromTable()) || removed.contains(row.toTable())) {
                relationships.add(relationshipRow(row, at));
            }
        }
        metadata.delete(MetadataTables.DISCOVER_TABLES, tables);
        metadata.delete(MetadataTables.DISCOVER, columns);
        metadata.delete(MetadataTables.RELATIONSHIPS, relationships);
        metadata.append(MetadataTables.CATALOG_HISTORY, history);
        return removed;
    }

    /** Stored overrides of a table's columns: bronze column to {name pattern, value shape}. */
    Map<String, String[]> overrides(TableRef table) {
        Map<String, String[]> out = new HashMap<>();
        for (Map<String, Object> r : metadata.read(MetadataTables.DISCOVER, eq("bronze_table", table.name()))) {
            String pattern = (String) r.get("override_pattern");
            if (!pattern.isEmpty()) {
                out.put((String) r.get("bronze_column"), new String[] {pattern, (String) r.get("override_shape")});
            }
        }
        return out;
    }

    // ---- edits -------------------------------------------------------------------------------------------------

    /** Renames a table entry and, in the same write, every column entry of it. */
    void renameTable(String bronzeTable, String newName) {
        String name = checkName(newName, "table");
        Map<String, Object> t = tableRow(bronzeTable);
        for (Map<String, Object> other : metadata.read(MetadataTables.DISCOVER_TABLES, null)) {
            if (!other.get("bronze_table").equals(bronzeTable) && (other.get("table_name").equals(name) || other.get("bronze_table").equals(name))) {
                throw new ConfigurationException("CATALOG_NAME_TAKEN", "table '" + name + "' already exists in the catalog (bronze table "
                        + other.get("bronze_table") + "); choose another name");
            }
        }
        Instant at = Instant.now();
        String change = "renamed table " + t.get("table_name") + " -> " + name;
        Map<String, Object> updated = new LinkedHashMap<>(t);
        updated.put("table_name", name);
        updated.put("name_edited", true);
        updated.put("change", change);
        updated.put("changed_at", at);
        List<Object[]> columns = new ArrayList<>();
        List<Object[]> history = new ArrayList<>();
        long seq = MetadataStore.nextVersion();
        history.add(historyRow(at, seq++, bronzeTable, "", change, name, "", ""));
        for (Map<String, Object> c : columnRows(bronzeTable)) {
            Map<String, Object> u = new LinkedHashMap<>(c);
            u.put("table_name", name);
            u.put("change", change);
            u.put("changed_at", at);
            columns.add(values(MetadataTables.DISCOVER, u));
            history.add(historyRow(at, seq++, bronzeTable, (String) c.get("bronze_column"), change, name, (String) c.get("column_name"),
                    (String) c.get("type")));
        }
        metadata.upsert(MetadataTables.DISCOVER_TABLES, List.<Object[]>of(values(MetadataTables.DISCOVER_TABLES, updated)));
        metadata.upsert(MetadataTables.DISCOVER, columns);
        metadata.append(MetadataTables.CATALOG_HISTORY, history);
    }

    void renameColumn(String bronzeTable, String bronzeColumn, String newName) {
        String name = checkName(newName, "column");
        Map<String, Object> c = columnRow(bronzeTable, bronzeColumn);
        for (Map<String, Object> other : columnRows(bronzeTable)) {
            if (!other.get("bronze_column").equals(bronzeColumn) && other.get("column_name").equals(name)) {
                throw new ConfigurationException("CATALOG_NAME_TAKEN", "table " + c.get("table_name") + " already has a column '" + name
                        + "' (bronze column " + other.get("bronze_column") + "); choose another name");
            }
        }
        Instant at = Instant.now();
        String change = "renamed column " + c.get("column_name") + " -> " + name;
        Map<String, Object> u = new LinkedHashMap<>(c);
        u.put("column_name", name);
        u.put("name_edited", true);
        u.put("change", change);
        u.put("changed_at", at);
        metadata.upsert(MetadataTables.DISCOVER, List.<Object[]>of(values(MetadataTables.DISCOVER, u)));
        metadata.append(MetadataTables.CATALOG_HISTORY, List.<Object[]>of(historyRow(at, MetadataStore.nextVersion(), bronzeTable, bronzeColumn,
                change, (String) c.get("table_name"), name, (String) c.get("type"))));
    }

    /** Replaces a column's type and scores after a user's override, remembering the correction's key. */
    void overrideType(String bronzeTable, String bronzeColumn, InferredType type, Quality quality, List<String> recommendations,
                      String role, String pattern, String shape) {
        Map<String, Object> c = columnRow(bronzeTable, bronzeColumn);
        Instant at = Instant.now();
        String change = "type overridden: " + c.get("type") + " -> " + typeText(type);
        Object[] row = columnRow(bronzeTable, bronzeColumn, (String) c.get("table_name"), (String) c.get("column_name"),
                (String) c.get("source_name"), ((Number) c.get("ordinal")).intValue(), type, ((Number) c.get("distinct_values")).longValue(),
                quality, recommendations, role, Boolean.TRUE.equals(c.get("is_pk")), Boolean.TRUE.equals(c.get("name_edited")),
                pattern, shape, change, at);
        metadata.upsert(MetadataTables.DISCOVER, List.<Object[]>of(row));
        metadata.append(MetadataTables.CATALOG_HISTORY, List.<Object[]>of(historyRow(at, MetadataStore.nextVersion(), bronzeTable, bronzeColumn,
                change, (String) c.get("table_name"), (String) c.get("column_name"), typeText(type))));
    }

    // ---- reads -------------------------------------------------------------------------------------------------

    Map<String, Object> tableRow(String bronzeTable) {
        List<Map<String, Object>> rows = metadata.read(MetadataTables.DISCOVER_TABLES, eq("bronze_table", bronzeTable));
        if (rows.isEmpty()) {
            throw new ConfigurationException("CATALOG_UNKNOWN_TABLE", "bronze table " + bronzeTable + " is not in the catalog; run discover first");
        }
        return rows.get(0);
    }

    List<Map<String, Object>> columnRows(String bronzeTable) {
        List<Map<String, Object>> rows = new ArrayList<>(metadata.read(MetadataTables.DISCOVER, eq("bronze_table", bronzeTable)));
        rows.sort(Comparator.comparingLong(r -> ((Number) r.get("ordinal")).longValue()));
        return rows;
    }

    Map<String, Object> columnRow(String bronzeTable, String bronzeColumn) {
        List<Map<String, Object>> rows = metadata.read(MetadataTables.DISCOVER,
                eq("bronze_table", bronzeTable) + " AND " + eq("bronze_column", bronzeColumn));
        if (rows.isEmpty()) {
            throw new ConfigurationException("CATALOG_UNKNOWN_COLUMN", "column " + bronzeColumn + " of bronze table " + bronzeTable
                    + " is not in the catalog; run discover first");
        }
        return rows.get(0);
    }

    /** The whole catalog as it is stored now. */
    Catalog catalog(CatalogEditor editor) {
        Map<String, List<Map<String, Object>>> byTable = new HashMap<>();
        for (Map<String, Object> r : metadata.read(MetadataTables.DISCOVER, null)) {
            byTable.computeIfAbsent((String) r.get("bronze_table"), k -> new ArrayList<>()).add(r);
        }
        List<StoredTable> tables = new ArrayList<>();
        Map<String, Map<String, String>> names = new HashMap<>();
        Map<String, String> tableNames = new HashMap<>();
        for (Map<String, Object> t : metadata.read(MetadataTables.DISCOVER_TABLES, null)) {
            String bronze = (String) t.get("bronze_table");
            List<Map<String, Object>> cols = byTable.getOrDefault(bronze, List.of());
            cols = new ArrayList<>(cols);
            cols.sort(Comparator.comparingLong(r -> ((Number) r.get("ordinal")).longValue()));
            Map<String, String> colNames = new HashMap<>();
            List<StoredColumn> columns = new ArrayList<>();
            for (Map<String, Object> c : cols) {
                colNames.put((String) c.get("bronze_column"), (String) c.get("column_name"));
                columns.add(column(bronze, c, editor));
            }
            names.put(bronze, colNames);
            tableNames.put(bronze, (String) t.get("table_name"));
            String pk = (String) t.get("primary_key");
            List<String> key = pk.isEmpty() ? List.of() : Arrays.stream(pk.split(",")).map(k -> colNames.getOrDefault(k, k)).toList();
            tables.add(new StoredTable(editor, TableRef.bronze(bronze), (String) t.get("table_name"), num(t, "rows"), key,
                    (String) t.get("key_kind"), quality(t), num(t, "duplicate_rows"), columns, lines((String) t.get("recommendations"))));
        }
        tables.sort(Comparator.comparing(StoredTable::name));
        List<Relationship> relationships = new ArrayList<>();
        for (Map<String, Object> r : metadata.read(MetadataTables.RELATIONSHIPS, null)) {
            RelationshipRow row = relationship(r);
            if (!tableNames.containsKey(row.fromTable()) || !tableNames.containsKey(row.toTable())) {
                continue;
            }
            Map<String, String> from = names.get(row.fromTable()), to = names.get(row.toTable());
            relationships.add(new Relationship(tableNames.get(row.fromTable()), row.fromColumns().stream().map(c -> from.getOrDefault(c, c)).toList(),
                    tableNames.get(row.toTable()), row.toColumns().stream().map(c -> to.getOrDefault(c, c)).toList(), row.cardinality(),
                    row.coverage(), row.confidence(), row.declared(), row.reason()));
        }
        relationships.sort(Comparator.comparing(Relationship::fromTable).thenComparing(r -> String.join(",", r.fromColumns())));
        return new StoredCatalog(List.copyOf(tables), relationships);
    }

    /** Every version of a table entry ({@code bronzeColumn} empty) or a column entry, oldest first. */
    List<CatalogChange> history(String bronzeTable, String bronzeColumn) {
        List<CatalogChange> out = new ArrayList<>();
        for (Map<String, Object> r : metadata.readAll(MetadataTables.CATALOG_HISTORY,
                eq("bronze_table", bronzeTable) + " AND " + eq("bronze_column", bronzeColumn), metadata.dialect().quote("seq"))) {
            out.add(new CatalogChange(instant(r.get("at")), (String) r.get("change"), (String) r.get("table_name"),
                    (String) r.get("column_name"), (String) r.get("type")));
        }
        return out;
    }

    // ---- row mapping ---------------------------------------------------------------------------------------------

    private StoredColumn column(String bronzeTable, Map<String, Object> c, CatalogEditor editor) {
        return new StoredColumn(editor, TableRef.bronze(bronzeTable), (String) c.get("column_name"), (String) c.get("bronze_column"),
                (String) c.get("source_name"), type(c), !((String) c.get("override_pattern")).isEmpty(), quality(c),
                lines((String) c.get("recommendations")), Boolean.TRUE.equals(c.get("is_pk")), (String) c.get("role"));
    }

    static InferredType type(Map<String, Object> c) {
        TypeFormat format = CorrectionRows.format(c);
        long nonNull = num(c, "non_null"), conforming = num(c, "conforming");
        int examined = (int) num(c, "sample_examined"), head = (int) num(c, "sample_head");
        return new InferredType((String) c.get("bronze_column"), LogicalType.valueOf((String) c.get("type")),
                (int) num(c, "precision"), (int) num(c, "scale"), format, Semantic.valueOf((String) c.get("semantic")),
                ((Number) c.get("confidence")).doubleValue(), (String) c.get("reason"), nonNull, conforming, nonNull - conforming,
                num(c, "nulls"), lines((String) c.get("examples")), List.of(), (String) c.get("value_shape"),
                new SampleInfo(num(c, "sample_offered"), examined, head, examined - head, num(c, "sample_seed")),
                lines((String) c.get("missing_codes")));
    }

    private static Quality quality(Map<String, Object> r) {
        return new Quality(dbl(r, "completeness"), dbl(r, "validity"), dbl(r, "uniqueness"), dbl(r, "consistency"), dbl(r, "quality"));
    }

    private static Object[] tableRow(String bronze, String name, long rows, String pk, String keyKind, long duplicates, Quality q,
                                     List<String> recommendations, boolean edited, String change, Instant at) {
        return new Object[] {bronze, name, rows, pk, keyKind, duplicates, q.completeness(), q.validity(), q.uniqueness(),
            q.consistency(), q.score(), String.join("\n", recommendations), edited, change, at};
    }

    private static Object[] columnRow(String bronze, String column, String tableName, String columnName, String source, int ordinal,
                                      InferredType t, long distinct, Quality q, List<String> recommendations, String role, boolean pk,
                                      boolean edited, String overridePattern, String overrideShape, String change, Instant at) {
        List<Object> v = new ArrayList<>(List.of(bronze, column, tableName, columnName, source, (long) ordinal, t.type().name(),
                (long) t.precision(), (long) t.scale(), formatText(t)));
        v.addAll(Arrays.asList(CorrectionRows.formatValues(t.format())));
        v.addAll(Arrays.asList(t.semantic().name(), t.confidence(), t.reason(), t.nonNull(), t.conforming(), t.nulls(),
                String.join("\n", t.nonConformingExamples()), String.join("\n", t.missingCodes()), t.valueShape(),
                t.sample().offered(), (long) t.sample().examined(), (long) t.sample().head(), t.sample().seed(), distinct,
                q.completeness(), q.validity(), q.uniqueness(), q.consistency(), q.score(), String.join("\n", recommendations), role, pk,
                edited, overridePattern, overrideShape, change, at));
        return v.toArray();
    }

    private static Object[] historyRow(Instant at, long seq, String bronzeTable, String bronzeColumn, String change, String table,
                                       String column, String type) {
        return new Object[] {at, seq, bronzeTable, bronzeColumn, change, table, column, type};
    }

    private static Object[] relationshipRow(RelationshipRow r, Instant at) {
        return new Object[] {r.fromTable(), String.join(",", r.fromColumns()), r.toTable(), String.join(",", r.toColumns()),
            r.cardinality().name(), r.coverage(), r.confidence(), r.declared(), r.reason(), at};
    }

    private static RelationshipRow relationship(Map<String, Object> r) {
        return new RelationshipRow((String) r.get("from_table"), List.of(((String) r.get("from_columns")).split(",")),
                (String) r.get("to_table"), List.of(((String) r.get("to_columns")).split(",")),
                Cardinality.valueOf((String) r.get("cardinality")), dbl(r, "coverage"), dbl(r, "confidence"),
                Boolean.TRUE.equals(r.get("declared")), (String) r.get("reason"));
    }

    /** A stored row's values for every column but version and is_deleted, in table order. */
    private static Object[] values(TableDef def, Map<String, Object> row) {
        Object[] out = new Object[def.columns().size() - 2];
        for (int i = 0; i < out.length; i++) {
            Object v = row.get(def.columns().get(i).name());
            out[i] = def.columns().get(i).type() == dev.kimball.spi.ColumnType.TIMESTAMP ? instant(v) : v;
        }
        return out;
    }

    static String typeText(InferredType t) {
        return t.typeName() + (t.format().isNone() ? "" : " " + t.format().describe());
    }

    static String formatText(InferredType t) {
        return t.format().isNone() ? "" : t.format().describe();
    }

    private Map<String, Map<String, String>> sourceNames() {
        Map<String, Map<String, String>> out = new HashMap<>();
        for (Map<String, Object> r : metadata.read(MetadataTables.BRONZE_COLUMNS, null)) {
            out.computeIfAbsent((String) r.get("bronze_table"), k -> new HashMap<>()).put((String) r.get("name"), (String) r.get("original"));
        }
        return out;
    }

    private static String checkName(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new ConfigurationException("CATALOG_NAME", "a " + what + " name must not be blank");
        }
        if (name.length() > 200) {
            throw new ConfigurationException("CATALOG_NAME", what + " name '" + name.substring(0, 40) + "…' is longer than 200 characters");
        }
        return name.strip();
    }

    private String eq(String column, String value) {
        Dialect d = metadata.dialect();
        return d.quote(column) + " = " + d.literal(value);
    }

    private static <K> Map<K, Map<String, Object>> index(List<Map<String, Object>> rows, Function<Map<String, Object>, K> key) {
        Map<K, Map<String, Object>> out = new HashMap<>();
        for (Map<String, Object> r : rows) {
            out.put(key.apply(r), r);
        }
        return out;
    }

    static List<String> lines(String s) {
        return s == null || s.isEmpty() ? List.of() : List.of(s.split("\n"));
    }

    private static long num(Map<String, Object> r, String c) {
        return ((Number) r.get(c)).longValue();
    }

    private static double dbl(Map<String, Object> r, String c) {
        return ((Number) r.get(c)).doubleValue();
    }

    /** Both warehouses return TIMESTAMP values as {@link Instant}. */
    static Instant instant(Object v) {
        if (v instanceof Instant i) {
            return i;
        }
        throw new IllegalStateException("not a timestamp: " + v + (v == null ? "" : " (" + v.getClass().getName() + ")"));
    }
}
