package dev.kimball.core.bronze;

import dev.kimball.api.BronzeColumn;
import dev.kimball.api.KimballException;
import dev.kimball.api.LoadMode;
import dev.kimball.api.LoadReport;
import dev.kimball.api.LoadRequest;
import dev.kimball.api.SourceException;
import dev.kimball.api.TableLoadReport;
import dev.kimball.api.TableRef;
import dev.kimball.api.WarehouseException;
import dev.kimball.core.metadata.MetadataStore;
import dev.kimball.core.metadata.MetadataTables;
import dev.kimball.core.source.SourceProviders;
import dev.kimball.spi.Dialect;
import dev.kimball.spi.SourceUnit;
import dev.kimball.spi.Warehouse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link LoadRequest}: resolves sources into units, assigns each unit a bronze table, loads units in
 * parallel ({@code parallelism} workers, one unit each), then, in {@link LoadMode#REPLACE}, removes the rows and
 * rejects of earlier loads of each successfully loaded unit. A unit that fails has its partial rows removed;
 * the other units of the load stop at their next batch, and the error names the unit.
 *
 * <p>Units with a {@link SourceUnit#cursor() cursor} record the high-water mark their reader reports in
 * {@code metadata.loads}; an {@link LoadMode#INCREMENTAL incremental} load reads such a table only past the mark of
 * its last successful load and appends (see {@link #cursorPlans}). After a successful load the keys each source declares
 * ({@link dev.kimball.spi.SourceProvider#declaredKeys}) are stored in bronze names ({@link DeclaredKeys}). Every unit is
 * {@link SourceUnit#release() released} when the load ends.
 */
public final class BronzeLoader {
    private static final Logger LOG = LoggerFactory.getLogger(BronzeLoader.class);
    private final Warehouse warehouse;
    private final MetadataStore metadata;
    private final SourceProviders providers;

    public BronzeLoader(Warehouse warehouse, MetadataStore metadata, SourceProviders providers) {
        this.warehouse = warehouse;
        this.metadata = metadata;
        this.providers = providers;
    }

    /**
     * @param cursor the unit's cursor column when its whole group is read by cursor, else null
     * @param after  the mark to read after (an incremental load with a mark), else null
     */
    private record Planned(SourceUnit unit, LoadPlanner.Group group, int index, String cursor, String after) {
        TableRef table() {
            return group.table();
        }
    }

    /** How a group is read by cursor: its column, and the mark to read after (null: everything). */
    private record CursorPlan(String column, String after) {
    }

    public LoadReport load(LoadRequest request) {
        long start = System.nanoTime();
        Instant loadedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String loadId = newLoadId(loadedAt);
        List<LoadPlanner.Group> groups = new LoadPlanner(warehouse, metadata, providers).plan(request);
        try {
            return load(request, groups, start, loadedAt, loadId);
        } finally {
            for (LoadPlanner.Group g : groups) {
                g.units().forEach(BronzeLoader::release);
            }
        }
    }

    private static void release(SourceUnit u) {
        try {
            u.release();
        } catch (RuntimeException e) {
            LOG.warn("releasing {} failed: {}", u.name(), e.toString());
        }
    }

    private LoadReport load(LoadRequest request, List<LoadPlanner.Group> groups, long start, Instant loadedAt, String loadId) {
        List<String> skipped = new ArrayList<>();
        if (request.mode() == LoadMode.INCREMENTAL) {
            groups = unchangedSkipped(groups, skipped);
            if (groups.isEmpty()) {
                LOG.info("load {}: every source unchanged, nothing loaded ({} skipped)", loadId, skipped.size());
                return new LoadReport(List.of(), Duration.ofNanos(System.nanoTime() - start), skipped);
            }
        }
        Map<LoadPlanner.Group, CursorPlan> cursors = cursorPlans(groups, request.mode());
        List<Planned> plan = new ArrayList<>();
        for (LoadPlanner.Group g : groups) {
            CursorPlan c = cursors.get(g);
            for (SourceUnit u : g.units()) {
                plan.add(new Planned(u, g, plan.size(), c == null ? null : c.column(), c == null ? null : c.after()));
            }
        }
        warehouse.createTable(BronzeTables.REJECTS_DEF);
        TableSchemas schemas = new TableSchemas(warehouse);
        widenSharedTables(plan, schemas);
        long totalBytes = 0;
        for (Planned p : plan) {
            long size = p.unit().sizeBytes();
            totalBytes = size < 0 || totalBytes < 0 ? -1 : totalBytes + size;
        }
        recordSources(plan, loadedAt);
        LoadProgress progress = new LoadProgress(request.listener(), totalBytes, plan.size());
        AtomicBoolean failed = new AtomicBoolean();
        UnitLoader loader = new UnitLoader(warehouse, schemas, progress, loadId, loadedAt, request.batchSize(), failed::get);
        Map<Planned, Object> outcomes = runAll(plan, loader, request, loadId, loadedAt, failed);
        RuntimeException error = finish(groups, plan, outcomes, request.mode(), loadId, loadedAt, schemas);
        if (error != null) {
            throw error;
        }
        progress.done();
        List<UnitResult> results = plan.stream().map(p -> (UnitResult) outcomes.get(p)).toList();
        List<TableLoadReport> tables = report(results, schemas, loadId);
        recordColumns(tables);
        new DeclaredKeys(metadata, providers).record(groups, tables, loadedAt);
        LOG.info("load {} finished: {} units, {} rows read in {} ms", loadId, plan.size(),
                results.stream().mapToLong(UnitResult::rowsRead).sum(), (System.nanoTime() - start) / 1_000_000);
        return new LoadReport(tables, Duration.ofNanos(System.nanoTime() - start), skipped);
    }

    /**
     * The groups to load in an incremental load: a group is skipped (its unit names added to {@code skipped}) when every
     * unit has a version and that version is the one of the unit's last successful load.
     */
    private List<LoadPlanner.Group> unchangedSkipped(List<LoadPlanner.Group> groups, List<String> skipped) {
        Dialect d = warehouse.dialect();
        List<String> names = groups.stream().flatMap(g -> g.units().stream()).map(SourceUnit::name).toList();
        Map<String, String> lastVersion = new java.util.HashMap<>();
        Map<String, Instant> lastAt = new java.util.HashMap<>();
        for (int i = 0; i < names.size(); i += 500) {
            String in = names.subList(i, Math.min(names.size(), i + 500)).stream().map(d::literal).collect(java.util.stream.Collectors.joining(", "));
            for (Map<String, Object> r : metadata.read(MetadataTables.LOADS, d.quote("status") + " = 'succeeded' AND " + d.quote("source")
                    + " IN (" + in + ")")) {
                String source = (String) r.get("source");
                Instant at = (Instant) r.get("started_at");
                if (!lastAt.containsKey(source) || lastAt.get(source).isBefore(at)) {
                    lastAt.put(source, at);
                    lastVersion.put(source, (String) r.get("unit_version"));
                }
            }
        }
        List<LoadPlanner.Group> toLoad = new ArrayList<>();
        for (LoadPlanner.Group g : groups) {
            boolean unchanged = g.units().stream().allMatch(u -> !u.version().isEmpty() && u.version().equals(lastVersion.get(u.name())));
            if (unchanged) {
                g.units().forEach(u -> skipped.add(u.name()));
            } else {
                toLoad.add(g);
            }
        }
        return toLoad;
    }

    /**
     * The groups read by cursor: those whose every unit has the same {@link SourceUnit#cursor()}. In an incremental
     * load a group reads after the mark of the last successful load of its table, when that load read by the same
     * column; without one (first load, or the last load read everything another way) it reads everything, so that the
     * replace leaves exactly the source's rows.
     */
    private Map<LoadPlanner.Group, CursorPlan> cursorPlans(List<LoadPlanner.Group> groups, LoadMode mode) {
        Map<LoadPlanner.Group, CursorPlan> out = new java.util.HashMap<>();
        for (LoadPlanner.Group g : groups) {
            Set<String> columns = new java.util.HashSet<>();
            g.units().forEach(u -> columns.add(u.cursor().orElse(null)));
            if (columns.size() != 1 || columns.contains(null)) {
                continue;
            }
            String column = columns.iterator().next();
            out.put(g, new CursorPlan(column, mode == LoadMode.INCREMENTAL ? lastMark(g, column) : null));
        }
        return out;
    }

    /** The cursor mark of the last successful load of the group's table from this source, if it read by {@code column}. */
    private String lastMark(LoadPlanner.Group g, String column) {
        Dialect d = warehouse.dialect();
        List<String> names = new ArrayList<>(sourceNames(g));
        Map<String, Object> latest = null;
        for (int i = 0; i < names.size(); i += 500) {
            String in = names.subList(i, Math.min(names.size(), i + 500)).stream().map(d::literal).collect(java.util.stream.Collectors.joining(", "));
            for (Map<String, Object> r : metadata.read(MetadataTables.LOADS, d.quote("status") + " = 'succeeded' AND "
                    + d.quote("bronze_table") + " = " + d.literal(g.table().name()) + " AND " + d.quote("source") + " IN (" + in + ")")) {
                if (latest == null || ((Instant) latest.get("started_at")).isBefore((Instant) r.get("started_at"))
                        || latest.get("started_at").equals(r.get("started_at")) && latest.get("cursor_mark") == null) {
                    latest = r;
                }
            }
        }
        if (latest == null || !column.equals(latest.get("cursor_column"))) {
            return null;
        }
        return (String) latest.get("cursor_mark");
    }

    /**
     * Per group: when every unit loaded, replace earlier loads (REPLACE) and record success; otherwise remove this
     * load's rows of the whole group, so a table is never left half-replaced. Returns the first real failure.
     */
    private RuntimeException finish(List<LoadPlanner.Group> groups, List<Planned> plan, Map<Planned, Object> outcomes,
                                    LoadMode mode, String loadId, Instant loadedAt, TableSchemas schemas) {
        RuntimeException first = null;
        List<RuntimeException> secondary = new ArrayList<>();
        for (LoadPlanner.Group g : groups) {
            List<Planned> units = plan.stream().filter(p -> p.group() == g).toList();
            boolean ok = units.stream().allMatch(p -> outcomes.get(p) instanceof UnitResult);
            boolean readAfterMark = units.stream().anyMatch(p -> p.after() != null); // appends what is new
            RuntimeException cleanup = null;
            try {
                if (ok && mode != LoadMode.APPEND && !readAfterMark) {
                    removeEarlierLoads(g, loadId, schemas.createdByThisLoad(g.table()));
                } else if (!ok) {
                    removeThisLoad(g, loadId);
                }
            } catch (RuntimeException e) {
                cleanup = e;
            }
            for (Planned p : units) {
                Object o = outcomes.get(p);
                RuntimeException unitError = o instanceof RuntimeException e && !(e instanceof UnitLoader.Cancelled) ? e : null;
                try {
                    if (o instanceof UnitResult r) {
                        recordLoad(p, loadId, mode, ok && cleanup == null ? "succeeded" : "rolled_back", r, loadedAt, null);
                    } else {
                        recordLoad(p, loadId, mode, unitError == null ? "cancelled" : "failed", null, loadedAt, ((Exception) o).getMessage());
                    }
                } catch (RuntimeException e) {
                    secondary.add(e);
                }
                if (unitError != null && first == null) {
                    first = loadFailed(p, g, unitError, cleanup);
                }
            }
            if (cleanup != null && first == null) {
                first = new WarehouseException("LOAD_FAILED", "loaded " + g.table() + " from " + g.source().describe() + " but "
                        + (mode != LoadMode.APPEND ? "could not remove the rows of earlier loads" : "could not finish") + ": "
                        + cleanup.getMessage() + ". Re-run the load (replace mode) to leave exactly one copy.", cleanup);
            }
        }
        if (first != null) {
            secondary.forEach(first::addSuppressed);
        }
        return first;
    }

    /** The error of a failed unit, saying what happened to the rows of this load and how to recover. */
    private static RuntimeException loadFailed(Planned p, LoadPlanner.Group g, RuntimeException e, RuntimeException cleanup) {
        String rows = cleanup == null
                ? "this load's rows of " + p.table() + " from " + g.source().describe() + " were removed"
                : "removing this load's partial rows also failed (" + cleanup.getMessage() + "); re-run the load (replace mode) to "
                        + "replace them";
        String msg = "loading " + p.unit().name() + " into " + p.table() + " failed (" + rows + "): " + e.getMessage();
        RuntimeException out = e instanceof WarehouseException ? new WarehouseException("LOAD_FAILED", msg, e)
                : new SourceException("LOAD_FAILED", msg, e);
        if (cleanup != null) {
            out.addSuppressed(cleanup);
        }
        return out;
    }

    /** Tables fed by several units get every unit's columns up front (reading only their headers). */
    private static void widenSharedTables(List<Planned> plan, TableSchemas schemas) {
        Map<TableRef, List<Planned>> byTable = new LinkedHashMap<>();
        plan.forEach(p -> byTable.computeIfAbsent(p.table(), t -> new ArrayList<>()).add(p));
        for (Map.Entry<TableRef, List<Planned>> e : byTable.entrySet()) {
            if (e.getValue().size() > 1) {
                for (Planned p : e.getValue()) {
                    try (var reader = p.unit().open()) {
                        schemas.ensure(e.getKey(), BronzeNaming.columns(reader.header()));
                    }
                }
            }
        }
    }

    private Map<Planned, Object> runAll(List<Planned> plan, UnitLoader loader, LoadRequest request, String loadId,
                                        Instant loadedAt, AtomicBoolean failed) {
        int workers = Math.min(request.parallelism(), plan.size());
        AtomicInteger threadNo = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "kimball-load-" + threadNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            Map<Planned, Future<UnitResult>> futures = new LinkedHashMap<>();
            for (Planned p : plan) {
                futures.put(p, pool.submit(() -> loadOne(p, loader, request.mode(), loadId, loadedAt, failed)));
            }
            Map<Planned, Object> outcomes = new LinkedHashMap<>();
            for (Map.Entry<Planned, Future<UnitResult>> f : futures.entrySet()) {
                try {
                    outcomes.put(f.getKey(), f.getValue().get());
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    outcomes.put(f.getKey(), c instanceof RuntimeException re ? re : new SourceException("LOAD_FAILED", c.toString(), c));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failed.set(true);
                    throw new KimballException("INTERRUPTED", "load " + loadId + " was interrupted", e);
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private UnitResult loadOne(Planned p, UnitLoader loader, LoadMode mode, String loadId, Instant loadedAt, AtomicBoolean failed) {
        if (failed.get()) {
            throw new UnitLoader.Cancelled();
        }
        recordLoad(p, loadId, mode, "running", null, loadedAt, null);
        try {
            return loader.load(p.unit(), p.table(), p.index(), p.after());
        } catch (RuntimeException e) {
            failed.set(true);
            throw e;
        }
    }

    /** Every unit name this source ever loaded into the group's table (key ranges may be numbered differently now). */
    private Set<String> sourceNames(LoadPlanner.Group g) {
        Dialect d = warehouse.dialect();
        Set<String> names = new LinkedHashSet<>();
        g.units().forEach(u -> names.add(u.name()));
        metadata.read(MetadataTables.SOURCE_UNITS, d.quote("location") + " = " + d.literal(g.source().describe()) + " AND "
                + d.quote("bronze_table") + " = " + d.literal(g.table().name())).forEach(r -> names.add((String) r.get("source")));
        return names;
    }

    /** @param newTable the table was created by this load: only the rejects table can hold rows of earlier loads */
    private void removeEarlierLoads(LoadPlanner.Group g, String loadId, boolean newTable) {
        deleteRows(g, sourceNames(g), d -> d.quote(BronzeTables.LOAD_ID) + " <> " + d.literal(loadId), !newTable);
    }

    private void removeThisLoad(LoadPlanner.Group g, String loadId) {
        Set<String> names = new LinkedHashSet<>();
        g.units().forEach(u -> names.add(u.name()));
        deleteRows(g, names, d -> d.quote(BronzeTables.LOAD_ID) + " = " + d.literal(loadId), true);
    }

    /** Deletes rows and rejects of these sources in the group's table matching a load-id predicate, 500 names per statement. */
    private void deleteRows(LoadPlanner.Group g, Set<String> names, java.util.function.Function<Dialect, String> loadPredicate,
                            boolean fromTable) {
        Dialect d = warehouse.dialect();
        List<String> all = new ArrayList<>(names);
        boolean tableExists = fromTable && warehouse.tableExists(g.table());
        for (int i = 0; i < all.size(); i += 500) {
            String in = d.quote(BronzeTables.SOURCE) + " IN (" + String.join(", ", all.subList(i, Math.min(all.size(), i + 500))
                    .stream().map(d::literal).toList()) + ") AND " + loadPredicate.apply(d);
            if (tableExists && anyRow(g.table(), in)) {
                warehouse.execute(d.deleteWhere(g.table(), in));
            }
            String rejects = d.quote("bronze_table") + " = " + d.literal(g.table().name()) + " AND " + in;
            if (anyRow(BronzeTables.REJECTS, rejects)) {
                warehouse.execute(d.deleteWhere(BronzeTables.REJECTS, rejects));
            }
        }
    }

    /**
     * Whether a row matches: a DELETE that matches nothing (the first load of a table, a load without rejects) still
     * costs a mutation over every part on ClickHouse (0.6 s after a 1M-row load), the lookup a few milliseconds.
     */
    private boolean anyRow(TableRef table, String predicate) {
        return warehouse.queryLong("SELECT count(*) FROM (SELECT 1 FROM " + warehouse.dialect().table(table) + " WHERE "
                + predicate + " LIMIT 1) AS hit") > 0;
    }

    private void recordSources(List<Planned> plan, Instant at) {
        List<Object[]> rows = new ArrayList<>();
        for (Planned p : plan) {
            rows.add(new Object[] {p.unit().name(), p.group().kind(), p.group().source().describe(), p.table().name(), at});
        }
        metadata.upsert(MetadataTables.SOURCE_UNITS, rows);
    }

    private void recordLoad(Planned p, String loadId, LoadMode mode, String status, UnitResult r, Instant startedAt, String error) {
        metadata.upsert(MetadataTables.LOADS, List.<Object[]>of(new Object[] {loadId, p.unit().name(), p.table().name(), status,
                mode.name().toLowerCase(java.util.Locale.ROOT), r == null ? 0L : r.rowsRead(), r == null ? 0L : r.rowsLoaded(),
                r == null ? 0L : r.rowsRejected(), r == null ? 0L : r.bytes(), r == null ? null : r.encoding(),
                r == null ? null : r.dialect(), r == null ? 0L : r.controlCharsRemoved(), startedAt,
                "running".equals(status) ? null : Instant.now().truncatedTo(ChronoUnit.MICROS), error, p.unit().version(),
                p.cursor(), p.cursor() == null ? null : r != null && r.cursorMark() != null ? r.cursorMark() : p.after()}));
    }

    private void recordColumns(List<TableLoadReport> tables) {
        List<Object[]> rows = new ArrayList<>();
        for (TableLoadReport t : tables) {
            long ordinal = 1;
            for (BronzeColumn c : t.columns()) {
                rows.add(new Object[] {t.table().name(), c.name(), c.original(), ordinal++});
            }
        }
        metadata.upsert(MetadataTables.BRONZE_COLUMNS, rows);
    }

    private List<TableLoadReport> report(List<UnitResult> results, TableSchemas schemas, String loadId) {
        Map<TableRef, List<UnitResult>> byTable = new LinkedHashMap<>();
        for (UnitResult r : results) {
            byTable.computeIfAbsent(r.table(), t -> new ArrayList<>()).add(r);
        }
        List<TableLoadReport> out = new ArrayList<>();
        for (Map.Entry<TableRef, List<UnitResult>> e : byTable.entrySet()) {
            List<UnitResult> rs = e.getValue();
            long first = rs.stream().mapToLong(UnitResult::startNanos).min().orElse(0);
            long last = rs.stream().mapToLong(UnitResult::endNanos).max().orElse(0);
            Set<String> encodings = new LinkedHashSet<>();
            Set<String> dialects = new LinkedHashSet<>();
            rs.forEach(r -> {
                encodings.add(r.encoding());
                dialects.add(r.dialect());
            });
            List<BronzeColumn> columns = rs.size() == 1 ? rs.get(0).columns() : schemas.dataColumns(e.getKey());
            out.add(new TableLoadReport(e.getKey(), rs.stream().map(UnitResult::source).toList(), loadId,
                    rs.stream().mapToLong(UnitResult::rowsRead).sum(), rs.stream().mapToLong(UnitResult::rowsLoaded).sum(),
                    rs.stream().mapToLong(UnitResult::rowsRejected).sum(), rs.stream().mapToLong(UnitResult::bytes).sum(),
                    Duration.ofNanos(last - first), String.join("; ", encodings), String.join("; ", dialects),
                    rs.stream().mapToLong(UnitResult::controlCharsRemoved).sum(), columns));
        }
        return out;
    }

    private static String newLoadId(Instant at) {
        return String.format("%d-%06x", ChronoUnit.MICROS.between(Instant.EPOCH, at), ThreadLocalRandom.current().nextInt(1 << 24));
    }
}
