package dev.kimball.cli;

import dev.kimball.api.KimballSession;
import dev.kimball.api.NamedSource;
import dev.kimball.cli.output.NamedSourceJson;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kimball source list [--json]}. */
@Command(name = "list", mixinStandardHelpOptions = true, usageHelpWidth = 100, description = "Lists the named sources, by name.")
final class SourceListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON object on stdout.")
    boolean json;

    @Mixin
    WarehouseOption warehouse;

    @Override
    public Integer call() {
        List<NamedSource> sources;
        String url;
        try (KimballSession session = warehouse.open()) {
            sources = session.sources().list();
            url = session.warehouseUrl();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(NamedSourceJson.list(sources, url).toPrettyString());
        } else if (sources.isEmpty()) {
            out.println("no named sources in " + url + "; add one with: kimball source add NAME <uri-or-path>");
        } else {
            int width = sources.stream().mapToInt(s -> s.name().length()).max().orElse(4);
            for (NamedSource s : sources) {
                out.println(String.format("%-" + width + "s  %-8s  %s  %s%s", s.name(), s.kind(), NamedSourceJson.time(s.updatedAt()),
                        s.describe(), s.description().isEmpty() ? "" : "  (" + s.description() + ")"));
            }
        }
        out.flush();
        return 0;
    }
}
