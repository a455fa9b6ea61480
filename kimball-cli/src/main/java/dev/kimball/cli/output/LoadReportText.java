package dev.kimball.cli.output;

import dev.kimball.api.LoadReport;
import dev.kimball.api.TableLoadReport;
import java.io.PrintWriter;
import java.util.Locale;

/** A load report for people: one short block per bronze table, then where rejected rows went. */
public final class LoadReportText {
    public static final String REJECTS_TABLE = "bronze._rejects";

    private LoadReportText() {
    }

    /**
     * Prints, for example:
     * <pre>
     * bronze.sales_transactions  &lt;- data/sales_transactions.csv
     *   rows      5,000 read   4,997 loaded   3 rejected
     *   encoding  UTF-8
     *   dialect   delimiter=',' quote='"' escape=doubled header=true
     *   time      0.41 s   12,195 rows/s   1.1 MB
     * </pre>
     */
    public static void print(PrintWriter out, LoadReport report, String indent) {
        for (TableLoadReport t : report.tables()) {
            out.println(indent + t.table() + "  <- " + String.join(", ", t.sources()));
            out.println(indent + String.format(Locale.ROOT, "  rows      %,d read   %,d loaded   %,d rejected",
                    t.rowsRead(), t.rowsLoaded(), t.rowsRejected()));
            out.println(indent + "  encoding  " + t.encoding());
            out.println(indent + "  dialect   " + t.dialect());
            out.println(indent + String.format(Locale.ROOT, "  time      %.2f s   %,.0f rows/s   %s",
                    seconds(t), t.rowsPerSecond(), megabytes(t.bytes())));
            if (t.controlCharsRemoved() > 0) {
                out.println(indent + String.format(Locale.ROOT, "  cleaned   %,d control characters removed",
                        t.controlCharsRemoved()));
            }
        }
        out.println(indent + summary(report));
        out.flush();
    }

    /** One line: the totals, and where rejected rows are. */
    public static String summary(LoadReport report) {
        String totals = String.format(Locale.ROOT, "%d table%s, %,d rows loaded in %.2f s", report.tables().size(),
                report.tables().size() == 1 ? "" : "s", report.rowsLoaded(), report.duration().toNanos() / 1e9)
                + (report.skipped().isEmpty() ? "" : String.format(Locale.ROOT, " (%d unchanged source%s skipped)",
                        report.skipped().size(), report.skipped().size() == 1 ? "" : "s"));
        if (report.rowsRejected() == 0) {
            return totals + "; no rows rejected.";
        }
        return totals + String.format(Locale.ROOT, "; %,d rejected row%s (with reason and source line) are in %s.",
                report.rowsRejected(), report.rowsRejected() == 1 ? "" : "s", REJECTS_TABLE);
    }

    static double seconds(TableLoadReport t) {
        return t.duration().toNanos() / 1e9;
    }

    private static String megabytes(long bytes) {
        return bytes < 0 ? "size unknown" : bytes < 100_000 ? String.format(Locale.ROOT, "%.1f KB", bytes / 1e3)
                : String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
