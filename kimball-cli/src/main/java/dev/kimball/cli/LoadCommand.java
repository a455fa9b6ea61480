package dev.kimball.cli;

import dev.kimball.api.BronzeLoad;
import dev.kimball.api.Kimball;
import dev.kimball.api.KimballSession;
import dev.kimball.api.LoadReport;
import dev.kimball.api.LoadRequest;
import dev.kimball.api.Source;
import dev.kimball.cli.output.LoadProgress;
import dev.kimball.cli.output.LoadReportJson;
import dev.kimball.cli.output.LoadReportText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kimball load}: files into bronze, one table per file unless {@code --table} names one for all. */
@Command(name = "load", mixinStandardHelpOptions = true, usageHelpWidth = 100,
        description = {"Loads files (CSV/TSV, Excel, Parquet, JSON; local or s3://) and PostgreSQL tables into the bronze layer.",
            "Formats follow file extensions; encoding, delimiter, quoting, header and preamble lines are detected. Every value "
                + "is kept as text; rows that cannot be read go to bronze._rejects with the reason."},
        footer = {"", "Examples:", "  kimball load data/sales.csv", "  kimball load 'exports/*.csv' --table sales --append",
            "  kimball load data/ --warehouse jdbc:clickhouse://localhost:8123 --json",
            "  kimball load --source sales --source shop   (named sources: kimball source --help)",
            "  kimball load s3://bucket/exports/          (AWS_ENDPOINT_URL, AWS_REGION, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)",
            "  kimball load 'jdbc:postgresql://db:5432/shop?user=etl' --schema sales --tables orders,customers  (PGPASSWORD)"})
final class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "<source>",
            description = "Files, directories, globs (quote them so the shell does not expand them), s3://bucket/prefix, "
                    + "jdbc:postgresql://host:5432/db URLs.")
    List<String> paths = List.of();

    @Option(names = "--source", paramLabel = "NAME", description = "A named source (kimball source add); repeatable, "
            + "loaded after the positional sources.")
    List<String> named = List.of();

    @Option(names = "--schema", paramLabel = "NAME", description = "PostgreSQL schema (default: public).")
    String schema;

    @Option(names = "--tables", paramLabel = "T1,T2", split = ",", description = "PostgreSQL tables (default: every table of the schema).")
    List<String> tables = List.of();

    @Option(names = "--cursor-column", paramLabel = "COLUMN", description = "PostgreSQL column whose values grow "
            + "(updated_at, a sequence id): with --incremental only rows past the last load's mark are read and appended.")
    String cursorColumn;

    @Option(names = "--warehouse", paramLabel = "URL",
            description = {"jdbc:duckdb:<file> or jdbc:clickhouse://host:8123/<prefix>",
                "Default: $KIMBALL_WAREHOUSE, else kimball.duckdb in the current directory."})
    String warehouse;

    @Option(names = "--table", paramLabel = "NAME", description = "Load every file into this one bronze table.")
    String table;

    @Option(names = "--json", description = "Print one JSON object on stdout (and nothing else there).")
    boolean json;

    @Option(names = "--batch-size", paramLabel = "N", description = "Rows per insert batch (default: " + LoadRequest.DEFAULT_BATCH_SIZE + ").")
    Integer batchSize;

    @Option(names = "--append", description = "Keep rows of earlier loads of the same files (default: replace them).")
    boolean append;

    @Option(names = "--incremental", description = "Skip files unchanged (size and modification time, S3 ETag) since their "
            + "last successful load; replace the others. PostgreSQL tables with --cursor-column: read only new rows.")
    boolean incremental;

    @Override
    public Integer call() {
        if (batchSize != null && batchSize < 1) {
            throw new ParameterException(spec.commandLine(), "--batch-size must be at least 1, got " + batchSize);
        }
        if (table != null && table.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--table must not be blank");
        }
        if (paths.isEmpty() && named.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "give at least one <source> or --source NAME");
        }
        List<Source> sources = new ArrayList<>(SourceArguments.resolve(paths, schema, tables, cursorColumn));
        String url = warehouse != null ? warehouse : Kimball.defaultWarehouseUrl();
        LoadReport report;
        try (KimballSession session = Kimball.connect(url);
             LoadProgress progress = LoadProgress.forTerminal(spec.commandLine().getErr(), json)) {
            named.forEach(n -> sources.add(session.sources().get(n)));
            BronzeLoad load = table == null ? session.acquire(sources).toBronze() : session.acquire(sources).toBronze(table);
            if (batchSize != null) {
                load = load.batchSize(batchSize);
            }
            if (append && incremental) {
                throw new ParameterException(spec.commandLine(), "--append and --incremental exclude each other");
            }
            if (incremental) {
                load = load.incremental();
            }
            if (append) {
                load = load.append();
            }
            report = load.onProgress(progress).run();
            url = session.warehouseUrl();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(LoadReportJson.toJson(report, url).toPrettyString());
            out.flush();
        } else {
            LoadReportText.print(out, report, "");
        }
        return 0;
    }
}
