package dev.kimball.cli.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.kimball.api.Sources;
import dev.kimball.cli.FileInference;
import dev.kimball.cli.FileInference.InferredFile;
import dev.kimball.cli.output.InferenceReportJson;
import dev.kimball.cli.output.InferenceText;
import dev.kimball.inference.TypeInference;

/**
 * Infers the column types of each generated file, read again from disk, as {@code kimball infer} would: the day/month
 * order, the money and percent formats, the codes that only look numeric. Bronze keeps every value as text; these
 * types are what the later stages will cast to.
 */
final class InferPhase implements DemoPhase {
    @Override
    public String title() {
        return "Infer: the type and exact format of every column";
    }

    @Override
    public void run(DemoContext ctx) {
        TypeInference engine = TypeInference.create();
        ArrayNode json = ctx.json().putArray("inferred");
        for (DemoFile f : ctx.files()) {
            for (InferredFile inferred : FileInference.infer(Sources.csv(f.path()), engine)) {
                json.addObject().put("path", inferred.file()).set("columns", InferenceReportJson.columns(inferred));
                if (!ctx.jsonMode()) {
                    InferenceText.print(ctx.out(), inferred, "      ", false);
                }
            }
        }
    }
}
