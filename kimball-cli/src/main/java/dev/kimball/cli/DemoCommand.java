package dev.kimball.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kimball.api.Kimball;
import dev.kimball.cli.demo.DealershipDataset;
import dev.kimball.cli.demo.DemoContext;
import dev.kimball.cli.demo.DemoPhase;
import dev.kimball.cli.demo.DemoPhases;
import dev.kimball.cli.output.LoadProgress;
import dev.kimball.cli.output.LoadReportJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kimball demo}: generate the dealership dataset, load it, show what happened. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Generates a realistic, messy car-dealership dataset (5 files: mixed encodings, delimiters, "
            + "date and money formats, a few broken rows) and loads it into bronze."})
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--warehouse", paramLabel = "URL",
            description = "Where to load (default: $KIMBALL_WAREHOUSE, else " + Kimball.DEFAULT_WAREHOUSE + ").")
    String warehouse;

    @Option(names = "--dir", paramLabel = "DIR", description = "Where to write the files (default: a new temporary directory).")
    Path dir;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + DealershipDataset.DEFAULT_SEED,
            description = "Generator seed; the same seed writes byte-identical files (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "Print one JSON object on stdout (and nothing else there).")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String url = warehouse != null ? warehouse : Kimball.defaultWarehouseUrl();
        Path target = dir != null ? dir : newTempDir();
        ObjectNode result = LoadReportJson.MAPPER.createObjectNode();
        result.put("seed", seed);
        result.put("dir", target.toAbsolutePath().toString());
        List<DemoPhase> phases = DemoPhases.standard();
        try (DemoContext ctx = new DemoContext(url, target, seed, out, json, () -> LoadProgress.forTerminal(err, json), result)) {
            ctx.say("KIMBALL demo: a dealership group's raw exports -> bronze");
            for (int i = 0; i < phases.size(); i++) {
                ctx.say("");
                ctx.say("[%d/%d] %s", i + 1, phases.size(), phases.get(i).title());
                phases.get(i).run(ctx);
            }
        }
        if (json) {
            out.println(result.toPrettyString());
            out.flush();
        }
        return 0;
    }

    private static Path newTempDir() {
        try {
            return Files.createTempDirectory("kimball-demo-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for the demo files (use --dir): "
                    + e.getMessage(), e);
        }
    }
}
