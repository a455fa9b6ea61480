package dev.kimball.api;

import java.time.Duration;
import java.util.List;

/**
 * The result of a load: one {@link TableLoadReport} per bronze table written, and the sources an
 * {@link LoadMode#INCREMENTAL incremental} load skipped because they had not changed.
 */
public record LoadReport(List<TableLoadReport> tables, Duration duration, List<String> skipped) {
    public LoadReport {
        tables = List.copyOf(tables);
        skipped = List.copyOf(skipped);
    }

    public LoadReport(List<TableLoadReport> tables, Duration duration) {
        this(tables, duration, List.of());
    }

    public long rowsRead() {
        return tables.stream().mapToLong(TableLoadReport::rowsRead).sum();
    }

    public long rowsLoaded() {
        return tables.stream().mapToLong(TableLoadReport::rowsLoaded).sum();
    }

    public long rowsRejected() {
        return tables.stream().mapToLong(TableLoadReport::rowsRejected).sum();
    }

    public long bytes() {
        return tables.stream().mapToLong(TableLoadReport::bytes).sum();
    }

    /** The report of one table, by bronze table name. */
    public TableLoadReport table(String name) {
        return tables.stream().filter(t -> t.table().name().equals(name)).findFirst()
                .orElseThrow(() -> new ConfigurationException("TABLE_NOT_IN_REPORT", "no table '" + name
                        + "' in this load; tables: " + tables.stream().map(t -> t.table().name()).toList()));
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (TableLoadReport t : tables) {
            sb.append(String.format("%s: read %,d, loaded %,d, rejected %,d in %.2f s (%s)%n", t.table(), t.rowsRead(),
                    t.rowsLoaded(), t.rowsRejected(), t.duration().toNanos() / 1e9, t.encoding()));
        }
        return sb.toString();
    }
}
