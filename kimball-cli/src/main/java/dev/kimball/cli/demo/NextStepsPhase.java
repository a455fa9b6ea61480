package dev.kimball.cli.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.kimball.api.LoadReport;
import dev.kimball.api.TableLoadReport;
import dev.kimball.cli.output.LoadReportText;
import java.util.ArrayList;
import java.util.List;

/** Says where the data is and what to try next. */
final class NextStepsPhase implements DemoPhase {
    @Override
    public String title() {
        return "Next steps";
    }

    @Override
    public void run(DemoContext ctx) {
        List<String> steps = new ArrayList<>();
        LoadReport report = ctx.loadReport();
        String example = report == null || report.tables().isEmpty() ? "bronze.sales_transactions"
                : largestRejecting(report);
        steps.add("look at the raw rows (every value is text, lineage in the _kimball_ columns): SELECT * FROM "
                + example + " ORDER BY _kimball_source, _kimball_row LIMIT 10");
        if (report != null && report.rowsRejected() > 0) {
            steps.add("see which rows were rejected and why: SELECT bronze_table, _kimball_source, _kimball_row, reason, raw FROM "
                    + LoadReportText.REJECTS_TABLE);
        }
        if (ctx.warehouseUrl().startsWith("jdbc:duckdb:")) {
            steps.add("open the warehouse with any DuckDB client: " + ctx.warehouseUrl().substring("jdbc:duckdb:".length()));
        }
        steps.add("edit the catalog (originals are kept, history too): ./kimball catalog rename sales_transactions fact_sales"
                + " --warehouse " + ctx.warehouseUrl());
        steps.add("load your own files, then discover them: ./kimball load 'exports/*.csv' --warehouse " + ctx.warehouseUrl()
                + " && ./kimball discover --warehouse " + ctx.warehouseUrl());
        steps.add("re-run the demo: same --seed, byte-identical files (files are in " + ctx.dir().toAbsolutePath() + ")");
        ArrayNode json = ctx.json().putArray("next_steps");
        for (String s : steps) {
            ctx.say("      - %s", s);
            json.add(s);
        }
    }

    /** The table with rejected rows (the interesting one), else the largest. */
    private static String largestRejecting(LoadReport report) {
        TableLoadReport best = report.tables().get(0);
        for (TableLoadReport t : report.tables()) {
            boolean better = t.rowsRejected() > 0 && best.rowsRejected() == 0
                    || (t.rowsRejected() > 0) == (best.rowsRejected() > 0) && t.rowsRead() > best.rowsRead();
            if (better) {
                best = t;
            }
        }
        return best.table().toString();
    }
}
