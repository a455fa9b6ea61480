package dev.kimball.cli.output;

import dev.kimball.api.InferredType;
import dev.kimball.cli.FileInference.InferredFile;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Inferred types for people: per file, a heading and an aligned table, one line per column. */
public final class InferenceText {
    private static final String NONE = "-";

    private InferenceText() {
    }

    /**
     * Prints, for example:
     * <pre>
     * orders.csv  (1,000 rows; UTF-8; delimiter=',' quote='"' escape=doubled header=true)
     *   column      type           format                                semantic    confidence  reason
     *   Order Date  DATE           dd/MM/yyyy                            -           1.00        ...
     * </pre>
     * With {@code reasons} false the reason column is left out (the demo's compact view).
     */
    public static void print(PrintWriter out, InferredFile f, String indent, boolean reasons) {
        String rejected = f.rejected() == 0 ? "" : String.format(Locale.ROOT, ", %,d rejected records skipped", f.rejected());
        out.println(indent + f.file() + String.format(Locale.ROOT, "  (%,d rows%s; %s; %s)", f.records(), rejected,
                f.encoding(), f.dialect()));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"column", "type", "format", "semantic", "confidence", "reason"});
        for (InferredType t : f.columns()) {
            String format = t.format().isNone() ? NONE : t.format().describe();
            if (t.ambiguous()) {
                format += " (ambiguous)";
            }
            rows.add(new String[] {t.column().isEmpty() ? "\"\"" : t.column(), t.typeName(), format,
                t.semantic().label() == null ? NONE : t.semantic().label(), String.format(Locale.ROOT, "%.2f", t.confidence()),
                t.reason()});
        }
        int last = reasons ? 5 : 4;
        int[] width = new int[last];
        for (String[] r : rows) {
            for (int i = 0; i < last; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder b = new StringBuilder(indent).append("  ");
            for (int i = 0; i < last; i++) {
                b.append(r[i]).append(" ".repeat(width[i] - r[i].length() + 2));
            }
            b.append(r[last]);
            out.println(b.toString().stripTrailing());
        }
        out.flush();
    }
}
