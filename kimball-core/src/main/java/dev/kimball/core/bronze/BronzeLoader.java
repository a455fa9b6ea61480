package dev.kimball.core.bronze;

import dev.kimball.api.BronzeColumn;
import dev.kimball.api.KimballException;
import dev.kimball.api.LoadMode;
import dev.kimball.api.LoadReport;
import dev.kimball.api.LoadRequest;
import dev.kimball.api.Source;
import dev.kimball.api.SourceException;
import dev.kimball.api.TableLoadReport;
import dev.kimball.api.TableRef;
import dev.kimball.api.WarehouseException;
import dev.kimball.core.metadata.MetadataStore;
import dev.kimball.core.metadata.MetadataTables;
import dev.kimball.core.source.SourceProviders;
import dev.kimball.spi.Dialect;
import dev.kimball.spi.SourceProvider;
import dev.kimball.spi.SourceUnit;
import dev.kimball.spi.Warehouse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
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

    private record Planned(SourceUnit unit, Source source, String kind, TableRef table, int index) {
    }

    public LoadReport load(LoadRequest request) {
        long start = System.nanoTime();
        Instant loadedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String loadId = newLoadId(loadedAt);
        List<Planned> plan = plan(request);
        warehouse.createTable(BronzeTables.REJECTS_DEF);
        TableSchemas schemas = new TableSchemas(warehouse);
        widenSharedTables(plan, schemas);
        long totalBytes = 0;
        for (Planned p : plan) {
            long size = p.unit().sizeBytes();
            totalBytes = size < 0 || totalBytes < 0 ? -1 : totalBytes + size;
        }
        recordSources(plan, loadedAt);
        LoadProgress progress = new LoadProgress(request.listener(), totalBytes);
        AtomicBoolean failed = new AtomicBoolean();
        UnitLoader loader = new UnitLoader(warehouse, schemas, progress, loadId, loadedAt, request.batchSize(), failed::get);
        List<UnitResult> results = runAll(plan, loader, request, loadId, loadedAt, failed);
        progress.done();
        List<TableLoadReport> tables = report(results, schemas, loadId);
        recordColumns(tables);
        LOG.info("load {} finished: {} units, {} rows read in {} ms", loadId, plan.size(),
                results.stream().mapToLong(UnitResult::rowsRead).sum(), (System.nanoTime() - start) / 1_000_000);
        return new LoadReport(tables, Duration.ofNanos(System.nanoTime() - start));
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

    private List<UnitResult> runAll(List<Planned> plan, UnitLoader loader, LoadRequest request, String loadId,
                                    Instant loadedAt, AtomicBoolean failed) {
        int workers = Math.min(request.parallelism(), plan.size());
        AtomicInteger threadNo = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "kimball-load-" + threadNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<UnitResult>> futures = new ArrayList<>();
            for (Planned p : plan) {
                futures.add(pool.submit(() -> loadOne(p, loader, request.mode(), loadId, loadedAt, failed)));
            }
            List<UnitResult> results = new ArrayList<>();
            RuntimeException first = null;
            for (Future<UnitResult> f : futures) {
                try {
                    results.add(f.get());
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    if (!(c instanceof UnitLoader.Cancelled) && first == null) {
                        first = c instanceof RuntimeException re ? re : new SourceException("LOAD_FAILED", c.toString(), c);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failed.set(true);
                    throw new KimballException("INTERRUPTED", "load " + loadId + " was interrupted", e);
                }
            }
            if (first != null) {
                throw first;
            }
            return results;
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
            UnitResult r = loader.load(p.unit(), p.table(), p.index());
            if (mode == LoadMode.REPLACE) {
                removeEarlierLoads(p, loadId);
            }
            recordLoad(p, loadId, mode, "succeeded", r, loadedAt, null);
            return r;
        } catch (RuntimeException e) {
            failed.set(true);
            boolean cancelled = e instanceof UnitLoader.Cancelled;
            try {
                removeThisLoad(p, loadId);
                recordLoad(p, loadId, mode, cancelled ? "cancelled" : "failed", null, loadedAt, e.getMessage());
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            if (cancelled) {
                throw e;
            }
            String msg = "loading " + p.unit().name() + " into " + p.table() + " failed (its partial rows were removed): " + e.getMessage();
            if (e instanceof WarehouseException) {
                throw new WarehouseException("LOAD_FAILED", msg, e);
            }
            throw new SourceException("LOAD_FAILED", msg, e);
        }
    }

    private void removeEarlierLoads(Planned p, String loadId) {
        Dialect d = warehouse.dialect();
        String bySource = d.quote(BronzeTables.SOURCE) + " = " + d.literal(p.unit().name()) + " AND "
                + d.quote(BronzeTables.LOAD_ID) + " <> " + d.literal(loadId);
        warehouse.execute(d.deleteWhere(p.table(), bySource));
        warehouse.execute(d.deleteWhere(BronzeTables.REJECTS, d.quote("bronze_table") + " = " + d.literal(p.table().name()) + " AND " + bySource));
    }

    private void removeThisLoad(Planned p, String loadId) {
        Dialect d = warehouse.dialect();
        String pred = d.quote(BronzeTables.SOURCE) + " = " + d.literal(p.unit().name()) + " AND "
                + d.quote(BronzeTables.LOAD_ID) + " = " + d.literal(loadId);
        if (warehouse.tableExists(p.table())) {
            warehouse.execute(d.deleteWhere(p.table(), pred));
        }
        warehouse.execute(d.deleteWhere(BronzeTables.REJECTS, pred));
    }

    /** Resolves units and assigns tables: forced name, else the table this unit went to before, else a fresh name. */
    private List<Planned> plan(LoadRequest request) {
        List<Planned> plan = new ArrayList<>();
        Set<String> takenThisLoad = new HashSet<>();
        Set<String> seenUnits = new HashSet<>();
        TableRef forced = request.table() == null ? null : TableRef.bronze(BronzeNaming.table(request.table()));
        for (Source source : request.sources()) {
            SourceProvider provider = providers.forSource(source);
            for (SourceUnit unit : provider.units(source)) {
                if (!seenUnits.add(unit.name())) {
                    continue; // the same file named by two globs is loaded once
                }
                TableRef table = forced != null ? forced : TableRef.bronze(tableFor(unit, takenThisLoad));
                plan.add(new Planned(unit, source, provider.name(), table, plan.size()));
            }
        }
        if (plan.isEmpty()) {
            throw new SourceException("SOURCE_EMPTY", "nothing to load: " + request.sources().stream().map(Source::describe).toList()
                    + " matched no files");
        }
        return plan;
    }

    private String tableFor(SourceUnit unit, Set<String> takenThisLoad) {
        Object before = metadata.find(MetadataTables.SOURCES, "source", unit.name()).map(r -> r.get("bronze_table")).orElse(null);
        if (before instanceof String t && takenThisLoad.add(t)) {
            return t;
        }
        String base = BronzeNaming.table(unit.tableHint());
        String name = base;
        for (int n = 2; takenThisLoad.contains(name) || ownedByOthers(name, unit.name()); n++) {
            name = base + "_" + n;
        }
        takenThisLoad.add(name);
        return name;
    }

    private boolean ownedByOthers(String table, String unitName) {
        if (!warehouse.tableExists(TableRef.bronze(table))) {
            return false;
        }
        Dialect d = warehouse.dialect();
        List<Map<String, Object>> owners = metadata.read(MetadataTables.SOURCES, d.quote("bronze_table") + " = " + d.literal(table));
        return owners.isEmpty() || owners.stream().anyMatch(r -> !unitName.equals(r.get("source")));
    }

    private void recordSources(List<Planned> plan, Instant at) {
        List<Object[]> rows = new ArrayList<>();
        for (Planned p : plan) {
            rows.add(new Object[] {p.unit().name(), p.kind(), p.source().describe(), p.table().name(), at});
        }
        metadata.upsert(MetadataTables.SOURCES, rows);
    }

    private void recordLoad(Planned p, String loadId, LoadMode mode, String status, UnitResult r, Instant startedAt, String error) {
        metadata.upsert(MetadataTables.LOADS, List.<Object[]>of(new Object[] {loadId, p.unit().name(), p.table().name(), status,
                mode.name().toLowerCase(java.util.Locale.ROOT), r == null ? 0L : r.rowsRead(), r == null ? 0L : r.rowsLoaded(),
                r == null ? 0L : r.rowsRejected(), r == null ? 0L : r.bytes(), r == null ? null : r.encoding(),
                r == null ? null : r.dialect(), r == null ? 0L : r.controlCharsRemoved(), startedAt,
                "running".equals(status) ? null : Instant.now().truncatedTo(ChronoUnit.MICROS), error}));
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
