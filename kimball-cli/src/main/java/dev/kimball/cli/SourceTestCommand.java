package dev.kimball.cli;

import dev.kimball.api.KimballSession;
import dev.kimball.api.SourceCheck;
import dev.kimball.cli.output.NamedSourceJson;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kimball source test NAME}: exit 0 when the source can be read, 1 with what is wrong otherwise. */
@Command(name = "test", mixinStandardHelpOptions = true, usageHelpWidth = 100,
        description = {"Checks that a named source can be reached and read (host, credentials, bucket, path, schema,",
            "permissions) without loading it. Exit code 0 if it can, 1 if not, saying what is wrong."})
final class SourceTestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Option(names = "--json", description = "Print one JSON object on stdout.")
    boolean json;

    @Mixin
    WarehouseOption warehouse;

    @Override
    public Integer call() {
        SourceCheck c;
        try (KimballSession session = warehouse.open()) {
            c = session.sources().test(name);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(NamedSourceJson.check(c).toPrettyString());
        } else {
            out.println(String.format(Locale.ROOT, "%s %s (%.2f s): %s", c.ok() ? "ok" : "FAILED " + c.code(), c.name(),
                    c.elapsed().toNanos() / 1e9, c.message()));
        }
        out.flush();
        return c.ok() ? 0 : FailureHandler.EXIT_FAILURE;
    }
}
