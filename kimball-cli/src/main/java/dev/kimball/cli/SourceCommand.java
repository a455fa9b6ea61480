package dev.kimball.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kimball source}: the named sources stored in the warehouse; all work is in its subcommands. */
@Command(name = "source", mixinStandardHelpOptions = true, usageHelpWidth = 100,
        description = {"Named sources stored in the warehouse (metadata.sources), loaded with 'kimball load --source NAME'.",
            "Secrets are stored only as references: env:NAME or file:/path."},
        subcommands = {SourceAddCommand.class, SourceListCommand.class, SourceShowCommand.class, SourceUpdateCommand.class,
            SourceRemoveCommand.class, SourceTestCommand.class},
        footer = {"", "Examples:", "  kimball source add sales 'exports/sales_*.csv' --description 'daily export'",
            "  kimball source add shop jdbc:postgresql://db:5432/shop --user etl --password env:PGPASSWORD --schema sales",
            "  kimball source add lake s3://raw/exports/ --s3-endpoint http://minio:9000 --access-key env:AK --secret-key file:/run/sk",
            "  kimball source test shop", "  kimball load --source sales --source shop"})
final class SourceCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: choose 'add', 'list', 'show', 'update', 'remove' or 'test'");
    }
}
