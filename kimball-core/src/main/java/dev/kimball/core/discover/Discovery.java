package dev.kimball.core.discover;

import dev.kimball.api.ConfigurationException;
import dev.kimball.api.InferredType;
import dev.kimball.api.KimballException;
import dev.kimball.api.LogicalType;
import dev.kimball.api.Semantic;
import dev.kimball.api.TableRef;
import dev.kimball.api.TypeCorrection;
import dev.kimball.api.TypeFormat;
import dev.kimball.api.WarehouseException;
import dev.kimball.api.catalog.Catalog;
import dev.kimball.api.catalog.CatalogChange;
import dev.kimball.api.catalog.CatalogColumn;
import dev.kimball.api.catalog.CatalogTable;
import dev.kimball.api.catalog.Discover;
import dev.kimball.api.catalog.Quality;
import dev.kimball.core.corrections.WarehouseCorrectionStore;
import dev.kimball.core.metadata.MetadataStore;
import dev.kimball.core.metadata.MetadataTables;
import dev.kimball.inference.TypeInference;
import dev.kimball.spi.Warehouse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the Discover step: profiles each bronze table in the warehouse (tables in parallel), validates every inferred
 * type on the full column, scores quality, finds primary keys, chooses relationships for the whole schema, and stores
 * the catalog; also applies the catalog's edits. A user's type override survives rediscovery: its correction is kept
 * in {@code metadata.corrections} (so inference learns it) and its key in the column's entry (so the type stays even
 * if the values' shape changes). Thread-safe.
 */
public final class Discovery implements CatalogEditor {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Discovery.class);
    private final Warehouse warehouse;
    private final MetadataStore metadata;
    private final CatalogStore store;
    private final WarehouseCorrectionStore corrections;

    public Discovery(Warehouse warehouse, MetadataStore metadata) {
        this.warehouse = warehouse;
        this.metadata = metadata;
        this.store = new CatalogStore(metadata);
        this.corrections = new WarehouseCorrectionStore(warehouse);
    }

    /**
     * Discovers the chosen bronze tables (all when none are named) and returns the whole stored catalog.
     *
     * @throws ConfigurationException naming the bronze tables when a named table does not exist
     * @throws WarehouseException when a query fails
     */
    public Catalog analyze(Discover request) {
        return run(request).catalog();
    }

    /**
     * What one discovery did and how long each phase took (for logs and benchmarks).
     *
     * @param catalog             the stored catalog afterwards
     * @param tables              tables analysed
     * @param columns             columns analysed
     * @param profileNanos        profiling, full-column checks, quality and primary keys of every table (tables in parallel)
     * @param relationshipNanos   choosing the relationships of the whole schema
     * @param storeNanos          writing the catalog
     */
    public record Run(Catalog catalog, int tables, int columns, long profileNanos, long relationshipNanos, long storeNanos) {
    }

    /** As {@link #analyze}, with the phases' durations. */
    public Run run(Discover request) {
        List<TableRef> all = warehouse.tables(TableRef.BRONZE).stream().filter(t -> !t.name().startsWith("_")).toList();
        List<TableRef> tables = new ArrayList<>();
        if (request.tables().isEmpty()) {
            tables.addAll(all);
        } else {
            for (String n : request.tables()) {
                TableRef t = TableRef.bronze(n);
                if (!all.contains(t)) {
                    throw new ConfigurationException("DISCOVER_UNKNOWN_TABLE", "no bronze table '" + n + "'; bronze tables: "
                            + all.stream().map(TableRef::name).toList());
                }
                tables.add(t);
            }
        }
        TypeInference inference = TypeInference.builder().correctionStore(corrections).build();
        KeyHints hints = declaredKeys();
        long t0 = System.nanoTime();
        List<Assessed> assessed = assessAll(tables, inference, request.sampleRows(), hints);
        long t1 = System.nanoTime();
        List<RelationshipRow> relationships = relationships(assessed, hints);
        long t2 = System.nanoTime();
        List<TableAssessment> out = withForeignKeyRoles(assessed.stream().map(Assessed::assessment).toList(), relationships);
        Instant now = Instant.now();
        if (request.tables().isEmpty()) {
            List<String> removed = store.removeMissing(all.stream().map(TableRef::name).toList(), now);
            if (!removed.isEmpty()) {
                LOG.info("removed catalog entries of bronze tables that no longer exist: {}", removed);
            }
        }
        store.save(out, relationships, now);
        long t3 = System.nanoTime();
        int columns = out.stream().mapToInt(t -> t.columns().size()).sum();
        LOG.info("discovered {} tables ({} columns, {} relationships) in {} ms: profile, types, quality, keys {} ms; relationships {} ms;"
                + " catalog {} ms", tables.size(), columns, relationships.size(), (t3 - t0) / 1_000_000, (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
        return new Run(catalog(), tables.size(), columns, t1 - t0, t2 - t1, t3 - t2);
    }

    /** What one table's assessment needs to keep for the relationship step. */
    private record Assessed(TableAssessment assessment, TableProfile profile, List<InferredType> types, List<PrimaryKey> keys) {
    }

    /** Keys a source declared ({@code metadata.declared_keys}), as hints. */
    private KeyHints declaredKeys() {
        KeyHints hints = KeyHints.none();
        for (Map<String, Object> r : metadata.read(MetadataTables.DECLARED_KEYS, null)) {
            String table = (String) r.get("bronze_table");
            List<String> columns = List.of(((String) r.get("columns")).split(","));
            String kind = (String) r.get("kind");
            try {
                if (kind.equals("PK") && hints.primaryKey(table).isEmpty()) {
                    hints = hints.withPrimaryKey(table, columns.toArray(String[]::new));
                } else if (kind.equals("FK") && r.get("ref_bronze_table") != null && r.get("ref_columns") != null) {
                    hints = hints.withForeignKey(table, columns, (String) r.get("ref_bronze_table"),
                            List.of(((String) r.get("ref_columns")).split(",")));
                }
            } catch (IllegalArgumentException e) {
                LOG.warn("ignoring declared key {} of {}: {}", r.get("name"), table, e.getMessage());
            }
        }
        return hints;
    }

    /** The stored catalog, without scanning data. */
    public Catalog catalog() {
        return store.catalog(this);
    }

    private List<Assessed> assessAll(List<TableRef> tables, TypeInference inference, int sampleRows, KeyHints hints) {
        if (tables.isEmpty()) {
            return List.of();
        }
        int threads = Math.min(tables.size(), Math.max(2, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "kimball-discover");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Assessed>> futures = new ArrayList<>();
            for (TableRef t : tables) {
                futures.add(pool.submit(() -> assess(t, inference, sampleRows, hints)));
            }
            List<Assessed> out = new ArrayList<>();
            for (Future<Assessed> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WarehouseException("DISCOVER_INTERRUPTED", "discover was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof KimballException k) {
                throw k;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new WarehouseException("DISCOVER_FAILED", "discover failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Profile, override, full-column check, scores, keys of one table. */
    private Assessed assess(TableRef table, TypeInference inference, int sampleRows, KeyHints hints) {
        Map<String, String[]> overrides = store.overrides(table);
        Map<String, TypeCorrection> learned = new HashMap<>();
        for (TypeCorrection c : inference.corrections()) {
            learned.put(c.namePattern() + "\u0000" + c.valueShape(), c);
        }
        List<TypeCorrection> applied = new ArrayList<>();
        TableProfiler.ProfiledTable scanned = new TableProfiler(warehouse, inference, sampleRows, TableProfiler.DEFAULT_TOP)
                .profileAndCheck(table, new ConformanceCheck(warehouse, inference), inferred -> {
                    List<InferredType> checkedTypes = new ArrayList<>();
                    for (InferredType t : inferred) {
                        String[] key = overrides.get(t.column());
                        TypeCorrection c = key == null ? null : learned.get(key[0] + "\u0000" + key[1]);
                        applied.add(c);
                        checkedTypes.add(c == null ? t : overridden(t, c.type(), c.precision(), c.scale(), c.format(), c.semantic()));
                    }
                    return checkedTypes;
                });
        TableProfile profile = scanned.profile();
        List<ColumnConformance> conformance = scanned.conformance();
        List<InferredType> finalTypes = new ArrayList<>();
        for (int i = 0; i < conformance.size(); i++) {
            ColumnConformance c = conformance.get(i);
            finalTypes.add(applied.get(i) == null ? c.revalidated() : counted(c));
        }
        long duplicates = profile.rows() - distinctRows(table, profile);
        List<PrimaryKey> keys = new KeyDetector(warehouse).detect(profile, finalTypes, hints);
        List<String> key = keys.isEmpty() ? List.of() : keys.get(0).columns();
        String keyKind = keys.isEmpty() ? CatalogStore.NONE : keys.get(0).surrogate() ? "surrogate" : "natural";
        List<ColumnAssessment> columns = new ArrayList<>();
        for (int i = 0; i < finalTypes.size(); i++) {
            ColumnProfile p = profile.columns().get(i);
            InferredType t = finalTypes.get(i);
            boolean pk = key.contains(p.column());
            Quality q = QualityScores.column(p, conformance.get(i), t, pk);
            TypeCorrection c = applied.get(i);
            columns.add(new ColumnAssessment(p, conformance.get(i), t, c == null ? "" : c.namePattern(), c == null ? "" : c.valueShape(),
                    q, QualityScores.recommendations(p.column(), p.rows(), conformance.get(i), t, q),
                    QualityScores.role(p.column(), p.maxLength(), t, pk), pk));
        }
        double completeness = 0, validity = 0, consistency = 0;
        for (ColumnAssessment c : columns) {
            completeness += c.quality().completeness();
            validity += c.quality().validity();
            consistency += c.quality().consistency();
        }
        int n = Math.max(1, columns.size());
        double uniqueness = profile.rows() == 0 ? 1 : 1 - (double) duplicates / profile.rows();
        Quality q = Quality.combine(completeness / n, validity / n, uniqueness, consistency / n, true);
        List<String> recommendations = new ArrayList<>();
        if (duplicates > 0) {
            recommendations.add(duplicates + " of " + profile.rows() + " rows in " + table.name()
                    + " repeat an earlier row in every column; deduplicate them in silver (stage2)");
        }
        if (key.isEmpty() && profile.rows() > 0) {
            recommendations.add(table.name() + " has no primary key: no column, and no combination of up to 3 columns, is unique"
                    + " and never empty; an event or log table, or add a surrogate key in silver");
        }
        return new Assessed(new TableAssessment(table, profile.rows(), duplicates, columns, key, keyKind, q, recommendations), profile,
                finalTypes, keys);
    }

    private long distinctRows(TableRef table, TableProfile profile) {
        if (profile.rows() == 0) {
            return 0;
        }
        String cols = String.join(", ", profile.columns().stream().map(c -> warehouse.dialect().quote(c.column())).toList());
        return warehouse.queryLong("SELECT count(*) AS " + TableProfiler.A + "n FROM (SELECT DISTINCT " + cols + " FROM "
                + warehouse.dialect().table(table) + ") AS " + TableProfiler.A + "d");
    }

    // ---- relationships -------------------------------------------------------------------------------------------------

    private List<RelationshipRow> relationships(List<Assessed> tables, KeyHints hints) {
        if (tables.size() < 2) {
            return List.of();
        }
        List<TableProfile> profiles = new ArrayList<>();
        Map<TableRef, List<InferredType>> types = new LinkedHashMap<>();
        Map<TableRef, List<PrimaryKey>> keys = new LinkedHashMap<>();
        for (Assessed a : tables) {
            profiles.add(a.profile());
            types.put(a.profile().table(), a.types());
            keys.put(a.profile().table(), a.keys());
        }
        List<RelationshipRow> out = new ArrayList<>();
        for (Relationship r : new RelationshipDetector(warehouse).detect(profiles, types, keys, hints)) {
            out.add(new RelationshipRow(r.fromTable().name(), r.fromColumns(), r.toTable().name(), r.toColumns(),
                    r.cardinality() == Cardinality.ONE_TO_ONE ? dev.kimball.api.catalog.Cardinality.ONE_TO_ONE
                            : dev.kimball.api.catalog.Cardinality.MANY_TO_ONE,
                    r.coverage(), r.confidence(), r.declared(), r.reason()));
        }
        return out;
    }

    private static List<TableAssessment> withForeignKeyRoles(List<TableAssessment> tables, List<RelationshipRow> relationships) {
        List<TableAssessment> out = new ArrayList<>();
        for (TableAssessment t : tables) {
            List<ColumnAssessment> cols = new ArrayList<>();
            for (ColumnAssessment c : t.columns()) {
                boolean fk = !c.primaryKey() && relationships.stream()
                        .anyMatch(r -> r.fromTable().equals(t.table().name()) && r.fromColumns().contains(c.name()));
                cols.add(fk ? c.withRole("foreign_key") : c);
            }
            out.add(new TableAssessment(t.table(), t.rows(), t.duplicateRows(), cols, t.primaryKey(), t.keyKind(), t.quality(),
                    t.recommendations()));
        }
        return out;
    }

    // ---- overrides ---------------------------------------------------------------------------------------------------

    /** A candidate with the user's type, to be counted in the warehouse. */
    private static InferredType overridden(InferredType t, LogicalType type, int precision, int scale, TypeFormat format, Semantic semantic) {
        return new InferredType(t.column(), type, precision, scale, format, semantic, 1, "type set by a user", t.nonNull(), t.nonNull(), 0,
                t.nulls(), List.of(), List.of(), t.valueShape(), t.sample(), t.missingCodes());
    }

    /** The user's type with full-column counts; unlike revalidation, never falls back to STRING. */
    private static InferredType counted(ColumnConformance c) {
        InferredType t = c.checked();
        long conforming = t.type() == LogicalType.STRING ? c.nonNull() : c.conforming();
        double share = c.nonNull() == 0 ? 1 : (double) conforming / c.nonNull();
        return new InferredType(t.column(), t.type(), t.precision(), t.scale(), t.format(), t.semantic(), share,
                "type set by a user; " + conforming + " of " + c.nonNull() + " non-null values conform", c.nonNull(), conforming,
                c.nonNull() - conforming, c.nulls(), t.type() == LogicalType.STRING ? List.of() : c.examples(), List.of(), t.valueShape(),
                t.sample(), t.missingCodes());
    }

    // ---- edits -------------------------------------------------------------------------------------------------------

    @Override
    public CatalogTable renameTable(TableRef table, String newName) {
        store.renameTable(table.name(), newName);
        return catalog().table(newName.strip());
    }

    @Override
    public CatalogColumn renameColumn(TableRef table, String bronzeColumn, String newName) {
        store.renameColumn(table.name(), bronzeColumn, newName);
        return column(table, bronzeColumn);
    }

    @Override
    public CatalogColumn overrideType(TableRef table, String bronzeColumn, LogicalType type, TypeFormat format) {
        if (type == null) {
            throw new ConfigurationException("CATALOG_TYPE", "type must not be null");
        }
        Map<String, Object> row = store.columnRow(table.name(), bronzeColumn);
        InferredType current = CatalogStore.type(row);
        TypeFormat f = format != null ? format : defaultFormat(current, type, table, bronzeColumn);
        Semantic semantic = type == current.type() ? current.semantic() : Semantic.NONE;
        int precision = type == LogicalType.DECIMAL ? Math.max(current.precision(), 1) : type == LogicalType.INTEGER ? current.precision() : 0;
        int scale = type == LogicalType.DECIMAL ? Math.min(current.scale(), precision) : 0;
        InferredType candidate = overridden(current, type, precision, scale, f, semantic);
        ColumnConformance c;
        try {
            c = new ConformanceCheck(warehouse, TypeInference.create()).check(table, List.of(candidate)).get(0);
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            throw new ConfigurationException("CATALOG_TYPE", "cannot check " + type + " " + f.describe() + " on " + table.name() + "."
                    + bronzeColumn + ": " + e.getMessage(), e);
        }
        InferredType counted = counted(c);
        TypeCorrection correction = new TypeCorrection(TypeCorrection.normalizeName(bronzeColumn),
                current.valueShape().isEmpty() ? "*" : current.valueShape(), type, precision, scale, f, semantic);
        corrections.save(correction);
        Map<String, Object> tableRow = store.tableRow(table.name());
        long rows = ((Number) tableRow.get("rows")).longValue();
        boolean pk = Boolean.TRUE.equals(row.get("is_pk"));
        Quality q = QualityScores.column(rows, ((Number) row.get("uniqueness")).doubleValue(), c, counted, pk);
        String oldRole = (String) row.get("role");
        String role = oldRole.equals("key") || oldRole.equals("foreign_key") ? oldRole : QualityScores.role(bronzeColumn, 0, counted, false);
        store.overrideType(table.name(), bronzeColumn, counted, q, QualityScores.recommendations(bronzeColumn, rows, c, counted, q), role,
                correction.namePattern(), correction.valueShape());
        return column(table, bronzeColumn);
    }

    /** The format an override keeps when none is given: the current one where it fits the new type. */
    private static TypeFormat defaultFormat(InferredType current, LogicalType type, TableRef table, String column) {
        boolean numeric = type == LogicalType.INTEGER || type == LogicalType.DECIMAL || type == LogicalType.FLOAT;
        boolean wasNumeric = current.type() == LogicalType.INTEGER || current.type() == LogicalType.DECIMAL || current.type() == LogicalType.FLOAT;
        if (type == current.type() || numeric && wasNumeric) {
            return current.format();
        }
        return switch (type) {
            case STRING -> TypeFormat.NONE;
            case INTEGER, DECIMAL, FLOAT -> TypeFormat.number('.', '\0');
            default -> throw new ConfigurationException("CATALOG_TYPE", table.name() + "." + column + " is " + current.typeName()
                    + ": say how its values spell a " + type + ", e.g. overrideType(LogicalType." + type + ", TypeFormat."
                    + (type == LogicalType.BOOLEAN ? "bool(\"Y\", \"N\")" : "temporal(\"yyyy-MM-dd\")") + ")");
        };
    }

    @Override
    public List<CatalogChange> history(TableRef table, String bronzeColumn) {
        return store.history(table.name(), bronzeColumn);
    }

    private CatalogColumn column(TableRef table, String bronzeColumn) {
        for (CatalogTable t : catalog().tables()) {
            if (t.bronzeTable().equals(table)) {
                for (CatalogColumn c : t.columns()) {
                    if (c.bronzeName().equals(bronzeColumn)) {
                        return c;
                    }
                }
            }
        }
        throw new ConfigurationException("CATALOG_UNKNOWN_TABLE", "bronze table " + table + " is not in the catalog; run discover first");
    }
}
