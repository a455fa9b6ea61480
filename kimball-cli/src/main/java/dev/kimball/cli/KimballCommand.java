package dev.kimball.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code kimball}: the top-level command; all work is in its subcommands. */
@Command(name = "kimball", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, usageHelpWidth = 100,
        description = "Loads raw data into a warehouse's bronze layer (embedded DuckDB or ClickHouse), infers column types, discovers keys, quality and relationships.",
        subcommands = {LoadCommand.class, SourceCommand.class, InferCommand.class, DiscoverCommand.class, CatalogCommand.class, DemoCommand.class},
        footer = {"", "Examples:", "  kimball demo", "  kimball load 'exports/*.csv' --warehouse jdbc:duckdb:./dw.duckdb",
            "  kimball load sales.csv --json --warehouse jdbc:clickhouse://localhost:8123",
            "  kimball source add sales 'exports/sales_*.csv'   then   kimball load --source sales",
            "  kimball infer sales.csv --json", "  kimball discover --json", "  kimball catalog rename customers dim_customer", "",
            "Exit codes: 0 success, 1 failure, 2 usage error."})
public final class KimballCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "On failure, print the stack trace; log at INFO.")
    boolean verbose;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: choose 'load', 'source', 'infer', 'discover', 'catalog' or 'demo'");
    }
}
