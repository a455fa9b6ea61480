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

/**
 * Creates bronze tables and widens them when a unit brings columns the table lacks (files loaded into one table
 * may differ in columns: they are matched by name, missing ones are NULL). When several units share a table, the
 * loader widens it with all their headers before any unit starts writing, so no column is added while a writer's
 * transaction is open.
 */
final class TableSchemas {
    private final Warehouse warehouse;
    private final Map<TableRef, Map<String, String>> originals = new LinkedHashMap<>();
    private final Set<TableRef> created = new HashSet<>();

    TableSchemas(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** Makes sure {@code table} exists with at least these data columns. */
    synchronized void ensure(TableRef table, List<BronzeColumn> columns) {
        widen(table, columns);
    }

    private synchronized void widen(TableRef table, List<BronzeColumn> columns) {
        List<String> existing = warehouse.columns(table);
        if (existing.isEmpty()) {
            warehouse.createTable(BronzeTables.definition(table, columns));
            created.add(table);
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

    /** Whether this load created the table (so it holds no rows of an earlier load). */
    synchronized boolean createdByThisLoad(TableRef table) {
        return created.contains(table);
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
