package dev.kimball.core.metadata;

import dev.kimball.api.TableRef;
import dev.kimball.api.WarehouseException;
import dev.kimball.spi.Dialect;
import dev.kimball.spi.TableDef;
import dev.kimball.spi.TableWriter;
import dev.kimball.spi.Warehouse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads and writes versioned metadata rows. Every write appends a new version (microseconds, strictly increasing
 * within this process); {@link #delete} appends a tombstone. Thread-safe.
 */
public final class MetadataStore {
    private static final AtomicLong LAST_VERSION = new AtomicLong();
    private final Warehouse warehouse;

    public MetadataStore(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** Creates the metadata tables if missing, and adds the columns a newer KIMBALL defines to tables an older one made (rows are written and read by column name). */
    public void createTables() {
        // one listing of the layer instead of two statements per table: opening a session is on every load's path
        Map<String, List<String>> layer = warehouse.columnsOfLayer(TableRef.METADATA);
        if (migrateSourceUnits(layer)) {
            layer = warehouse.columnsOfLayer(TableRef.METADATA);
        }
        boolean created = false;
        for (TableDef t : MetadataTables.ALL) {
            if (!layer.containsKey(t.table().name())) {
                warehouse.createTable(t);
                created = true;
            }
        }
        if (created) {
            layer = warehouse.columnsOfLayer(TableRef.METADATA); // another session may have made some first, from an older KIMBALL
        }
        for (TableDef t : MetadataTables.ALL) {
            List<String> have = layer.getOrDefault(t.table().name(), List.of());
            for (dev.kimball.spi.ColumnDef c : t.columns()) {
                if (!have.contains(c.name())) {
                    warehouse.execute(warehouse.dialect().addColumn(t.table(), c));
                }
            }
        }
    }

    /**
     * A warehouse written before the source registry has the per-unit table under the registry's name
     * ({@code metadata.sources} with a {@code bronze_table} column): rename it to {@code metadata.source_units}.
     * Another session may be doing the same at the same moment; its rename counts as ours.
     */
    private boolean migrateSourceUnits(Map<String, List<String>> layer) {
        TableRef old = MetadataTables.SOURCES.table();
        List<String> oldColumns = layer.getOrDefault(old.name(), List.of());
        if (!(oldColumns.contains("bronze_table") && !oldColumns.contains("spec"))) {
            return false;
        }
        TableRef units = MetadataTables.SOURCE_UNITS.table();
        if (warehouse.tableExists(units)) {
            throw new WarehouseException("METADATA_MIGRATION", "both " + old + " (per-unit rows of an older KIMBALL) and " + units
                    + " exist; move the rows of " + old + " into " + units + " and drop " + old + ", then open the warehouse again");
        }
        try {
            warehouse.execute(warehouse.dialect().renameTable(old, units));
        } catch (RuntimeException e) {
            if (isUnitTable(old)) {
                throw e;
            }
        }
        return true;
    }

    private boolean isUnitTable(TableRef table) {
        List<String> columns = warehouse.columns(table);
        return columns.contains("bronze_table") && !columns.contains("spec");
    }

    /** A new version number: the current time in microseconds, strictly greater than any earlier one. */
    public static long nextVersion() {
        long now = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
        return LAST_VERSION.updateAndGet(last -> Math.max(last + 1, now));
    }

    /**
     * Writes rows as a new version each. Each row holds the values of all columns of {@code table} except
     * {@code version} and {@code is_deleted}, in order.
     */
    public long upsert(TableDef table, List<Object[]> rows) {
        return write(table, rows, false);
    }

    /** Soft-deletes the rows with these keys (each row: all columns but version/is_deleted, as for {@link #upsert}). */
    public long delete(TableDef table, List<Object[]> rows) {
        return write(table, rows, true);
    }

    /** Appends complete rows (every column, in order) to an append table, in one batch. */
    public void append(TableDef table, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        for (Object[] r : rows) {
            if (r.length != table.columns().size()) {
                throw new IllegalArgumentException(table.table() + " rows need " + table.columns().size() + " values, got " + r.length);
            }
        }
        try (TableWriter w = warehouse.openWriter(table.table(), table.columns())) {
            w.write(rows, "metadata-" + table.table().name() + "-" + nextVersion());
            w.commit();
        }
    }

    /** Every row (all versions, deleted ones too) matching a predicate rendered with {@link #dialect()}, ordered by a column. */
    public List<Map<String, Object>> all(TableDef table, String predicate, String orderBy) {
        return warehouse.query("SELECT * FROM " + dialect().table(table.table()) + " WHERE " + predicate
                + " ORDER BY " + dialect().quote(orderBy));
    }

    /** @return the version of the last row written, 0 when there was none */
    private long write(TableDef table, List<Object[]> rows, boolean deleted) {
        if (rows.isEmpty()) {
            return 0;
        }
        int n = table.columns().size();
        List<Object[]> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            if (r.length != n - 2) {
                throw new IllegalArgumentException(table.table() + " rows need " + (n - 2) + " values, got " + r.length);
            }
            Object[] full = new Object[n];
            System.arraycopy(r, 0, full, 0, r.length);
            full[n - 2] = nextVersion();
            full[n - 1] = deleted;
            out.add(full);
        }
        try (TableWriter w = warehouse.openWriter(table.table(), table.columns())) {
            w.write(out, "metadata-" + table.table().name() + "-" + out.get(0)[n - 2]);
            w.commit();
        }
        return (long) out.get(out.size() - 1)[n - 2];
    }

    /** Latest, not deleted rows matching an optional predicate rendered with {@link #dialect()}. */
    public List<Map<String, Object>> read(TableDef table, String predicate) {
        String sql = "SELECT * FROM (" + warehouse.dialect().latest(table) + ") latest"
                + (predicate == null ? "" : " WHERE " + predicate);
        return warehouse.query(sql);
    }

    /** The one latest row whose column equals the value, if any. */
    public Optional<Map<String, Object>> find(TableDef table, String column, String value) {
        List<Map<String, Object>> rows = read(table, dialect().quote(column) + " = " + dialect().literal(value));
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** Rows of a table (any kind, every version) matching an optional predicate, ordered by {@code orderBy}. */
    public List<Map<String, Object>> readAll(TableDef table, String predicate, String orderBy) {
        return warehouse.query("SELECT * FROM " + warehouse.dialect().table(table.table())
                + (predicate == null ? "" : " WHERE " + predicate) + " ORDER BY " + orderBy);
    }

    public Dialect dialect() {
        return warehouse.dialect();
    }
}
