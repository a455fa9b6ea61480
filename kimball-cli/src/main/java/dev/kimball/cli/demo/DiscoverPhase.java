package dev.kimball.cli.demo;

import dev.kimball.api.LoadReport;
import dev.kimball.api.TableLoadReport;
import dev.kimball.api.catalog.Catalog;
import dev.kimball.api.catalog.CatalogTable;
import dev.kimball.cli.output.CatalogJson;
import dev.kimball.cli.output.CatalogText;
import java.util.Locale;

/**
 * Discovers the tables the demo loaded, inside the warehouse, as {@code kimball discover} would: every column's type and
 * exact format validated on every row (the day/month order, decimal commas, currencies, codes that only look numeric),
 * quality with concrete recommendations, primary keys and the relationships between the files; then prints the catalog.
 */
final class DiscoverPhase implements DemoPhase {
    @Override
    public String title() {
        return "Discover: types, quality, keys and relationships, computed in the warehouse";
    }

    @Override
    public void run(DemoContext ctx) {
        LoadReport report = ctx.loadReport();
        String[] tables = report.tables().stream().map(TableLoadReport::table).map(t -> t.name()).distinct().toArray(String[]::new);
        long start = System.nanoTime();
        Catalog catalog = ctx.session().discover().tables(tables).analyze();
        double seconds = (System.nanoTime() - start) / 1e9;
        ctx.json().set("catalog", CatalogJson.toJson(catalog));
        ctx.json().put("discover_seconds", Math.round(seconds * 1000) / 1000.0);
        if (!ctx.jsonMode()) {
            int columns = catalog.tables().stream().mapToInt(t -> t.columns().size()).sum();
            ctx.say("      %d tables, %d columns, %d relationships in %.1f s", catalog.tables().size(), columns,
                    catalog.relationships().size(), seconds);
            ctx.say("");
            CatalogText.print(ctx.out(), catalog, "      ");
            for (CatalogTable t : catalog.tables()) {
                if (t.quality().score() < 0.9) {
                    ctx.say(String.format(Locale.ROOT, "      %s scores %.2f: see its recommendations above", t.name(), t.quality().score()));
                }
            }
        }
    }
}
