package dev.kimball.cli;

import dev.kimball.api.Kimball;
import dev.kimball.api.KimballSession;
import picocli.CommandLine.Option;

/** {@code --warehouse URL}, shared by every command that opens the warehouse. */
final class WarehouseOption {
    @Option(names = "--warehouse", paramLabel = "URL",
            description = {"jdbc:duckdb:<file> or jdbc:clickhouse://host:8123/<prefix>",
                "Default: $KIMBALL_WAREHOUSE, else kimball.duckdb in the current directory."})
    String warehouse;

    String url() {
        return warehouse != null ? warehouse : Kimball.defaultWarehouseUrl();
    }

    KimballSession open() {
        return Kimball.connect(url());
    }
}
