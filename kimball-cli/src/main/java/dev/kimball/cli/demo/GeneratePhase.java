package dev.kimball.cli.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;

/** Writes the dealership dataset into the demo directory. */
final class GeneratePhase implements DemoPhase {
    @Override
    public String title() {
        return "Generate a messy car-dealership dataset";
    }

    @Override
    public void run(DemoContext ctx) {
        List<DemoFile> files = new DealershipDataset(ctx.seed()).writeTo(ctx.dir());
        ctx.files(files);
        ctx.say("      seed %d -> %s", ctx.seed(), ctx.dir().toAbsolutePath());
        ArrayNode json = ctx.json().putArray("files");
        for (DemoFile f : files) {
            ctx.say("      %-24s %,7d records  %-12s %s", f.name(), f.records(), f.encoding(), f.messiness());
            json.addObject().put("file", f.name()).put("path", f.path().toAbsolutePath().toString())
                    .put("records", f.records()).put("planted_broken_records", f.brokenRecords())
                    .put("encoding", f.encoding()).put("delimiter", String.valueOf(f.delimiter()))
                    .put("messiness", f.messiness());
        }
    }
}
