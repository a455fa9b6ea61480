package dev.kimball.cli.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kimball.api.BronzeColumn;
import dev.kimball.api.LoadReport;
import dev.kimball.api.TableLoadReport;

/**
 * A load report for programs. The keys are a contract (scripts parse them): {@code tables[].table, source,
 * rows_read, rows_loaded, rows_rejected, encoding, seconds, columns[].name, columns[].original}; other keys may be
 * added, never renamed.
 */
public final class LoadReportJson {
    /** Shared: an ObjectMapper is thread-safe once configured, and costly to create. */
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private LoadReportJson() {
    }

    /** The whole report: totals and {@code tables}. */
    public static ObjectNode toJson(LoadReport report, String warehouseUrl) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("warehouse", warehouseUrl);
        root.put("rows_read", report.rowsRead());
        root.put("rows_loaded", report.rowsLoaded());
        root.put("rows_rejected", report.rowsRejected());
        root.put("seconds", report.duration().toNanos() / 1e9);
        root.put("rejects_table", LoadReportText.REJECTS_TABLE);
        root.set("tables", tables(report));
        ArrayNode skipped = MAPPER.createArrayNode();
        report.skipped().forEach(skipped::add);
        root.set("skipped", skipped);
        return root;
    }

    public static ArrayNode tables(LoadReport report) {
        ArrayNode tables = MAPPER.createArrayNode();
        for (TableLoadReport t : report.tables()) {
            tables.add(table(t));
        }
        return tables;
    }

    static ObjectNode table(TableLoadReport t) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("table", t.table().name());
        o.put("qualified_table", t.table().toString());
        o.put("source", String.join(", ", t.sources()));
        ArrayNode sources = o.putArray("sources");
        t.sources().forEach(sources::add);
        o.put("load_id", t.loadId());
        o.put("rows_read", t.rowsRead());
        o.put("rows_loaded", t.rowsLoaded());
        o.put("rows_rejected", t.rowsRejected());
        o.put("bytes", t.bytes());
        o.put("encoding", t.encoding());
        o.put("dialect", t.dialect());
        o.put("seconds", LoadReportText.seconds(t));
        o.put("rows_per_second", Math.round(t.rowsPerSecond()));
        o.put("control_chars_removed", t.controlCharsRemoved());
        ArrayNode columns = o.putArray("columns");
        for (BronzeColumn c : t.columns()) {
            columns.addObject().put("name", c.name()).put("original", c.original());
        }
        return o;
    }
}
