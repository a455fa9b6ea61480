package dev.kimball.cli.demo;

import dev.kimball.api.LoadReport;
import dev.kimball.api.Source;
import dev.kimball.api.Sources;
import dev.kimball.cli.output.LoadProgress;
import dev.kimball.cli.output.LoadReportJson;
import dev.kimball.cli.output.LoadReportText;
import java.io.PrintWriter;
import java.util.List;

/**
 * Loads every generated file into its own bronze table. Nothing about the files is declared: encoding, delimiter,
 * quoting and the title lines before a header are left to detection, which is the point of the demo.
 */
final class AcquirePhase implements DemoPhase {
    @Override
    public String title() {
        return "Acquire: load every file into bronze";
    }

    @Override
    public void run(DemoContext ctx) {
        List<Source> sources = ctx.files().stream().map(f -> (Source) Sources.csv(f.path())).toList();
        ctx.say("      warehouse %s", ctx.warehouseUrl());
        LoadReport report;
        try (LoadProgress progress = ctx.newProgress()) {
            report = ctx.session().acquire(sources).toBronze().onProgress(progress).run();
        }
        ctx.loadReport(report);
        ctx.json().put("warehouse", ctx.warehouseUrl());
        ctx.json().set("tables", LoadReportJson.tables(report));
        if (!ctx.jsonMode()) {
            PrintWriter out = ctx.out();
            LoadReportText.print(out, report, "      ");
        }
    }
}
