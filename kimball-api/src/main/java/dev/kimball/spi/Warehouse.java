package dev.kimball.spi;

import dev.kimball.api.TableRef;
import java.util.List;
import java.util.Map;

/**
 * A warehouse engine. Implementations: ClickHouse and embedded DuckDB in {@code kimball-core}; every one
 * passes the same contract test suite. Thread-safe.
 */
public interface Warehouse extends AutoCloseable {
    /** {@code clickhouse}, {@code duckdb}. */
    String kind();

    /** The URL without secrets. */
    String url();

    Dialect dialect();

    /** Creates the layers {@code bronze}, {@code silver}, {@code gold}, {@code metadata} if missing. Idempotent. */
    void createLayers();

    /** Runs one statement. */
    void execute(String sql);

    /** Runs a query; each row maps column label to a Java value (String, Long, Double, Boolean, BigDecimal, Instant...). */
    List<Map<String, Object>> query(String sql);

    /** A query returning one number (e.g. {@code count()}). */
    default long queryLong(String sql) {
        List<Map<String, Object>> rows = query(sql);
        if (rows.size() != 1 || rows.get(0).size() != 1) {
            throw new IllegalStateException("expected one value from: " + sql);
        }
        Object v = rows.get(0).values().iterator().next();
        return v == null ? 0 : ((Number) v).longValue();
    }

    boolean tableExists(TableRef table);

    /** Column names in order; empty if the table does not exist. */
    List<String> columns(TableRef table);

    /** Tables of a layer, sorted by name. */
    List<TableRef> tables(String layer);

    /**
     * The column names, in order, of every table of a layer, by table name (sorted). Engines answer it with one query;
     * opening a session reads the metadata layer this way instead of a query per table.
     */
    default Map<String, List<String>> columnsOfLayer(String layer) {
        Map<String, List<String>> out = new java.util.TreeMap<>();
        for (TableRef t : tables(layer)) {
            out.put(t.name(), columns(t));
        }
        return out;
    }

    default void createTable(TableDef def) {
        execute(dialect().createTable(def));
    }

    /** Opens a bulk writer for these columns of an existing table. */
    default TableWriter openWriter(TableRef table, List<ColumnDef> columns) {
        return openWriter(table, columns, List.of());
    }

    /**
     * Opens a bulk writer whose rows hold values for {@code columns} while every row also gets the {@code fixed} values
     * (the same for all rows of the writer, e.g. a load's lineage), which the engine adds without carrying them per
     * row: rows stay {@code columns.size()} wide.
     */
    TableWriter openWriter(TableRef table, List<ColumnDef> columns, List<FixedValue> fixed);

    @Override
    void close();
}
