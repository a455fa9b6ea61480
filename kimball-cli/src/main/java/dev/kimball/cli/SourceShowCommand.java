package dev.kimball.cli;

import dev.kimball.api.KimballSession;
import dev.kimball.api.NamedSource;
import dev.kimball.api.SourceRevision;
import dev.kimball.cli.output.NamedSourceJson;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kimball source show NAME [--json]}: the definition (secrets as references) and its versions. */
@Command(name = "show", mixinStandardHelpOptions = true, usageHelpWidth = 100,
        description = "Shows a named source: its stored definition (secrets only as references) and its versions.")
final class SourceShowCommand implements Callable<Integer> {
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
        NamedSource s;
        List<SourceRevision> history;
        try (KimballSession session = warehouse.open()) {
            session.sources().get(name); // SOURCE_UNKNOWN listing the known names
            s = session.sources().find(name).orElseThrow();
            history = session.sources().history(name);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(NamedSourceJson.show(s, history).toPrettyString());
        } else {
            out.println(s.name() + "  " + s.describe());
            out.println("  kind         " + s.kind());
            if (!s.description().isEmpty()) {
                out.println("  description  " + s.description());
            }
            out.println("  definition   " + s.spec());
            out.println("  created      " + NamedSourceJson.time(s.createdAt()));
            out.println("  updated      " + NamedSourceJson.time(s.updatedAt()) + "  (version " + s.version() + ", "
                    + history.size() + (history.size() == 1 ? " version" : " versions") + " in the history)");
        }
        out.flush();
        return 0;
    }
}
