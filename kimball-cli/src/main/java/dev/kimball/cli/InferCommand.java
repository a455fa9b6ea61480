package dev.kimball.cli;

import dev.kimball.api.Source;
import dev.kimball.cli.FileInference.InferredFile;
import dev.kimball.cli.output.InferenceReportJson;
import dev.kimball.cli.output.InferenceText;
import dev.kimball.inference.TypeInference;
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

/** {@code kimball infer}: the logical type and exact format of each column of files, without a warehouse. */
@Command(name = "infer", mixinStandardHelpOptions = true, usageHelpWidth = 100,
        description = {"Infers each column's type (STRING, BOOLEAN, INTEGER, DECIMAL(p,s), FLOAT, DATE, TIMESTAMP, TIME), the "
            + "exact format that parses it (e.g. dd/MM/yyyy, currency '$' prefix, percent), its meaning (currency, "
            + "identifier...), a confidence in [0,1] and the reason. Files are read as 'kimball load' reads them; "
            + "no warehouse is used.",
            "With --json, stdout holds one object: {\"columns\":[{\"file\":..,\"name\":..,\"type\":..,\"format\":..,"
                + "\"semantic\":..,\"confidence\":..,\"reason\":..,\"non_null\":..,\"conforming\":..,...}]}, the columns "
                + "of all files in one list, each naming its file (format and semantic are null when there is none)."},
        footer = {"", "Examples:", "  kimball infer data/sales.csv", "  kimball infer 'exports/*.csv' --json",
            "  kimball infer big.csv --sample 100000"})
final class InferCommand implements Callable<Integer> {
    static final int DEFAULT_SAMPLE = 10_000;
    /** Values always examined from the start of a column, as the engine's default head. */
    private static final int HEAD = 1_000;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<path|glob>",
            description = "Files, directories or globs (quote globs so the shell does not expand them).")
    List<String> paths;

    @Option(names = "--json", description = "Print one JSON object on stdout (and nothing else there).")
    boolean json;

    @Option(names = "--sample", paramLabel = "N", defaultValue = "" + DEFAULT_SAMPLE,
            description = "Values examined per column: the first " + HEAD + " and a seeded random sample of the rest "
                    + "(default: ${DEFAULT-VALUE}). Every row is still read.")
    int sample;

    @Override
    public Integer call() {
        if (sample < 1) {
            throw new ParameterException(spec.commandLine(), "--sample must be at least 1, got " + sample);
        }
        List<Source> sources = SourceArguments.resolve(paths);
        TypeInference engine = TypeInference.builder().sampleSize(sample).headSize(Math.min(HEAD, sample)).build();
        List<InferredFile> files = new ArrayList<>();
        for (Source s : sources) {
            files.addAll(FileInference.infer(s, engine));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(InferenceReportJson.toJson(files).toPrettyString());
        } else {
            for (int i = 0; i < files.size(); i++) {
                if (i > 0) {
                    out.println();
                }
                InferenceText.print(out, files.get(i), "", true);
            }
        }
        out.flush();
        return 0;
    }
}
