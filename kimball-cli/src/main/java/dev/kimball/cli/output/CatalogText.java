package dev.kimball.cli.output;

import dev.kimball.api.catalog.Catalog;
import dev.kimball.api.catalog.CatalogChange;
import dev.kimball.api.catalog.CatalogColumn;
import dev.kimball.api.catalog.CatalogTable;
import dev.kimball.api.catalog.Relationship;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The catalog for people: per table a header line, a column table and recommendations; then relationships. */
public final class CatalogText {
    private static final int MAX_RECOMMENDATIONS = 5;

    private CatalogText() {
    }

    public static void print(PrintWriter out, Catalog catalog, String indent) {
        if (catalog.tables().isEmpty()) {
            out.println(indent + "The catalog is empty: load data, then run 'kimball discover'.");
        }
        for (CatalogTable t : catalog.tables()) {
            out.printf(Locale.ROOT, "%s%s%s: %,d rows, primary key %s, quality %.2f%s%n", indent, t.name(),
                    t.name().equals(t.bronzeTable().name()) ? "" : " (bronze " + t.bronzeTable().name() + ")", t.rows(),
                    t.primaryKey().isEmpty() ? "none" : String.join(", ", t.primaryKey()) + " (" + t.keyKind() + ")",
                    t.quality().score(), t.duplicateRows() > 0 ? ", " + t.duplicateRows() + " duplicate rows" : "");
            int w = Math.max(6, t.columns().stream().mapToInt(c -> c.name().length()).max().orElse(6));
            int tw = Math.max(4, t.columns().stream().mapToInt(c -> typeText(c).length()).max().orElse(4));
            out.printf(Locale.ROOT, "%s  %-" + w + "s  %-" + tw + "s  %5s  %7s  %s%n", indent, "column", "type", "conf", "quality", "role");
            for (CatalogColumn c : t.columns()) {
                out.printf(Locale.ROOT, "%s  %-" + w + "s  %-" + tw + "s  %5.2f  %7.2f  %s%s%n", indent, c.name(), typeText(c),
                        c.type().confidence(), c.quality().score(), c.role(), c.name().equals(c.sourceName()) ? "" : "  (" + c.sourceName() + ")");
            }
            List<String> recs = t.recommendations();
            for (int i = 0; i < Math.min(MAX_RECOMMENDATIONS, recs.size()); i++) {
                out.println(indent + "  ! " + recs.get(i));
            }
            if (recs.size() > MAX_RECOMMENDATIONS) {
                out.println(indent + "  ! ... and " + (recs.size() - MAX_RECOMMENDATIONS) + " more (see --json)");
            }
            out.println();
        }
        if (!catalog.tables().isEmpty()) {
            out.println(indent + (catalog.relationships().isEmpty() ? "No relationships found." : "Relationships:"));
        }
        for (Relationship r : catalog.relationships()) {
            out.printf(Locale.ROOT, "%s  %s(%s) -> %s(%s)  %s  coverage %.3f  confidence %.2f%s%n", indent, r.fromTable(),
                    String.join(", ", r.fromColumns()), r.toTable(), String.join(", ", r.toColumns()), r.cardinality().label(),
                    r.coverage(), r.confidence(), r.declared() ? "  (declared)" : "");
        }
        out.flush();
    }

    public static void history(PrintWriter out, List<CatalogChange> changes) {
        for (CatalogChange c : changes) {
            out.printf(Locale.ROOT, "%s  %s  [%s%s]%n", c.at(), c.change(), c.table(),
                    c.column().isEmpty() ? "" : "." + c.column() + " " + c.type());
        }
        out.flush();
    }

    private static String typeText(CatalogColumn c) {
        return c.type().typeName() + (c.type().format().isNone() ? "" : " " + c.type().format().describe())
                + (c.typeOverridden() ? " *" : "");
    }
}
