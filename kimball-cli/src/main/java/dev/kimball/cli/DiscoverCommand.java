package dev.kimball.cli;

import dev.kimball.api.Kimball;
import dev.kimball.api.KimballSession;
import dev.kimball.api.catalog.Catalog;
import dev.kimball.api.catalog.Discover;
import dev.kimball.cli.output.CatalogJson;
import dev.kimball.cli.output.CatalogText;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kimball discover}: profile, type, score, key and relate every bronze table; print the catalog. */
@Command(name = "discover", mixinStandardHelpOptions = true, usageHelpWidth = 100,
        description = {"Profiles every bronze table inside the warehouse, infers and validates column types on every row, "
            + "scores quality, finds primary keys and relationships, and stores the catalog in the metadata layer "
            + "(names and types you edited with 'kimball catalog' are kept)."},
        footer = {"", "Examples:", "  kimball discover", "  kimball discover --json --warehouse jdbc:clickhouse://localhost:8123",
            "  kimball discover --tables orders,customers"})
final class DiscoverCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--warehouse", paramLabel = "URL",
            description = {"jdbc:duckdb:<file> or jdbc:clickhouse://host:8123/<prefix>",
                "Default: $KIMBALL_WAREHOUSE, else kimball.duckdb in the current directory."})
    String warehouse;

    @Option(names = "--tables", paramLabel = "T1,T2", split = ",", description = "Only these bronze tables (default: all).")
    List<String> tables = List.of();

    @Option(names = "--sample-rows", paramLabel = "N", description = "Rows per table sampled for type inference (default: "
            + Discover.DEFAULT_SAMPLE_ROWS + "); types are then checked on every row.")
    Integer sampleRows;

    @Option(names = "--json", description = "Print one JSON object on stdout (and nothing else there).")
    boolean json;

    @Override
    public Integer call() {
        if (sampleRows != null && sampleRows < 1) {
            throw new ParameterException(spec.commandLine(), "--sample-rows must be at least 1, got " + sampleRows);
        }
        String url = warehouse != null ? warehouse : Kimball.defaultWarehouseUrl();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (KimballSession session = Kimball.connect(url)) {
            Discover d = session.discover();
            if (!tables.isEmpty()) {
                d = d.tables(tables.toArray(String[]::new));
            }
            if (sampleRows != null) {
                d = d.sampleRows(sampleRows);
            }
            if (!json) {
                err.println("Discovering " + (tables.isEmpty() ? session.bronzeTables().size() + " bronze tables" : String.join(", ", tables))
                        + " in " + session.warehouseUrl() + " ...");
                err.flush();
            }
            long start = System.nanoTime();
            Catalog catalog = d.analyze();
            if (json) {
                out.println(CatalogJson.toJson(catalog).toPrettyString());
                out.flush();
            } else {
                CatalogText.print(out, catalog, "");
                err.printf(Locale.ROOT, "Discovered in %.1f s; edit names and types with 'kimball catalog'.%n", (System.nanoTime() - start) / 1e9);
                err.flush();
            }
        }
        return 0;
    }
}
