package dev.kimball.cli.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kimball.api.catalog.Catalog;
import dev.kimball.api.catalog.CatalogChange;
import dev.kimball.api.catalog.CatalogColumn;
import dev.kimball.api.catalog.CatalogTable;
import dev.kimball.api.catalog.Quality;
import dev.kimball.api.catalog.Relationship;
import java.util.List;

/**
 * The catalog as one JSON object: {@code {"tables":[{"table","rows","primary_key","quality","columns":[{"name","type",
 * "format","confidence","quality",...}],...}],"relationships":[{"from_table","from_columns","to_table","to_columns",
 * "cardinality","confidence",...}]}}, with a few more fields per entry (original names, scores, recommendations).
 */
public final class CatalogJson {
    private CatalogJson() {
    }

    public static ObjectNode toJson(Catalog catalog) {
        ObjectNode root = LoadReportJson.MAPPER.createObjectNode();
        ArrayNode tables = root.putArray("tables");
        for (CatalogTable t : catalog.tables()) {
            ObjectNode o = tables.addObject();
            o.put("table", t.name());
            o.put("bronze_table", t.bronzeTable().name());
            o.put("rows", t.rows());
            strings(o.putArray("primary_key"), t.primaryKey());
            o.put("key_kind", t.keyKind());
            o.put("quality", round(t.quality().score()));
            scores(o.putObject("scores"), t.quality());
            o.put("duplicate_rows", t.duplicateRows());
            ArrayNode columns = o.putArray("columns");
            for (CatalogColumn c : t.columns()) {
                ObjectNode j = columns.addObject();
                j.put("name", c.name());
                j.put("bronze_name", c.bronzeName());
                j.put("source_name", c.sourceName());
                j.put("type", c.type().typeName());
                j.put("format", c.type().format().isNone() ? null : c.type().format().describe());
                j.put("semantic", c.type().semantic().label());
                j.put("confidence", round(c.type().confidence()));
                j.put("quality", round(c.quality().score()));
                scores(j.putObject("scores"), c.quality());
                j.put("role", c.role());
                j.put("primary_key", c.primaryKey());
                j.put("type_overridden", c.typeOverridden());
                strings(j.putArray("recommendations"), c.recommendations());
            }
            strings(o.putArray("recommendations"), t.recommendations());
        }
        ArrayNode relationships = root.putArray("relationships");
        for (Relationship r : catalog.relationships()) {
            ObjectNode o = relationships.addObject();
            o.put("from_table", r.fromTable());
            strings(o.putArray("from_columns"), r.fromColumns());
            o.put("to_table", r.toTable());
            strings(o.putArray("to_columns"), r.toColumns());
            o.put("cardinality", r.cardinality().label());
            o.put("coverage", round(r.coverage()));
            o.put("confidence", round(r.confidence()));
            o.put("declared", r.declared());
            o.put("reason", r.reason());
        }
        return root;
    }

    public static ArrayNode history(List<CatalogChange> changes) {
        ArrayNode out = LoadReportJson.MAPPER.createArrayNode();
        for (CatalogChange c : changes) {
            ObjectNode o = out.addObject();
            o.put("at", c.at().toString());
            o.put("change", c.change());
            o.put("table", c.table());
            if (!c.column().isEmpty()) {
                o.put("column", c.column());
                o.put("type", c.type());
            }
        }
        return out;
    }

    private static void scores(ObjectNode o, Quality q) {
        o.put("completeness", round(q.completeness()));
        o.put("validity", round(q.validity()));
        o.put("uniqueness", round(q.uniqueness()));
        o.put("consistency", round(q.consistency()));
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
