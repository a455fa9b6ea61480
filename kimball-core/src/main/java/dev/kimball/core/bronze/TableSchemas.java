package dev.kimball.core.bronze;

import dev.kimball.api.BronzeColumn;
import dev.kimball.api.TableRef;
import dev.kimball.spi.ColumnDef;
import dev.kimball.spi.Warehouse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Creates bronze tables and widens them when a unit brings columns the table lacks (files loaded into one table
 * may differ in columns: they are matched by name, missing ones are NULL). Serialised per loader, since several
 * units may target one table at once: widening takes a table's write lock, each batch write its read lock, so no
 * batch is in flight while a column is added.
 */
final class TableSchemas {
    private final Warehouse warehouse;
    private final Map<TableRef, Map<String, String>> originals = new LinkedHashMap<>();
    private final Map<TableRef, ReadWriteLock> locks = new ConcurrentHashMap<>();

    TableSchemas(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** Makes sure {@code table} exists with at least these data columns. */
    void ensure(TableRef table, List<BronzeColumn> columns) {
        ReadWriteLock lock = lock(table);
        lock.writeLock().lock();
        try {
            widen(table, columns);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Runs one batch write while no column is being added to the table. */
    void duringBatch(TableRef table, Runnable write) {
        ReadWriteLock lock = lock(table);
        lock.readLock().lock();
        try {
            write.run();
        } finally {
            lock.readLock().unlock();
        }
    }

    private ReadWriteLock lock(TableRef table) {
        return locks.computeIfAbsent(table, t -> new ReentrantReadWriteLock());
    }

    private synchronized void widen(TableRef table, List<BronzeColumn> columns) {
        List<String> existing = warehouse.columns(table);
        if (existing.isEmpty()) {
            warehouse.createTable(BronzeTables.definition(table, columns));
        } else {
            Set<String> have = new HashSet<>(existing);
            for (BronzeColumn c : columns) {
                if (!have.contains(c.name())) {
                    warehouse.execute(warehouse.dialect().addColumn(table, ColumnDef.string(c.name())));
                }
            }
        }
        Map<String, String> o = originals.computeIfAbsent(table, t -> new LinkedHashMap<>());
        for (BronzeColumn c : columns) {
            o.putIfAbsent(c.name(), c.original());
        }
    }

    /** The data columns of a table as known to this load, in table order. */
    synchronized List<BronzeColumn> dataColumns(TableRef table) {
        Map<String, String> o = originals.getOrDefault(table, Map.of());
        List<BronzeColumn> out = new ArrayList<>();
        for (String name : warehouse.columns(table)) {
            if (!name.startsWith(BronzeNaming.RESERVED_PREFIX)) {
                out.add(new BronzeColumn(name, o.getOrDefault(name, name)));
            }
        }
        return out;
    }
}
