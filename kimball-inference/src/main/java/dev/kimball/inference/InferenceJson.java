package dev.kimball.inference;

import dev.kimball.api.InferredType;
import dev.kimball.api.TypeFormat;
import java.util.List;
import java.util.Locale;

/**
 * Renders results as the JSON of {@code kimball infer --json}:
 * {@code {"columns":[{"name":..,"type":..,"format":..,"semantic":..,"confidence":..,"reason":..,"non_null":..,
 * "conforming":..,"non_conforming":..,"nulls":..,"examples":[..],"alternatives":[..],"missing_codes":[..],"sampled":..,"rows":..}]}}.
 * {@code format} and {@code semantic} are {@code null} when there is none. No dependency on a JSON library.
 */
public final class InferenceJson {
    private InferenceJson() {
    }

    public static String render(List<InferredType> columns) {
        StringBuilder b = new StringBuilder(256 * (columns.size() + 1)).append("{\"columns\":[");
        for (int i = 0; i < columns.size(); i++) {
            InferredType t = columns.get(i);
            b.append(i == 0 ? "" : ",").append("{\"name\":");
            str(b, t.column());
            b.append(",\"type\":");
            str(b, t.typeName());
            b.append(",\"format\":");
            str(b, t.format().isNone() ? null : t.format().describe());
            b.append(",\"semantic\":");
            str(b, t.semantic().label());
            b.append(",\"confidence\":").append(String.format(Locale.ROOT, "%.4f", t.confidence()));
            b.append(",\"reason\":");
            str(b, t.reason());
            b.append(",\"non_null\":").append(t.nonNull()).append(",\"conforming\":").append(t.conforming())
                    .append(",\"non_conforming\":").append(t.nonConforming()).append(",\"nulls\":").append(t.nulls())
                    .append(",\"examples\":[");
            for (int k = 0; k < t.nonConformingExamples().size(); k++) {
                b.append(k == 0 ? "" : ",");
                str(b, t.nonConformingExamples().get(k));
            }
            b.append("],\"alternatives\":[");
            List<TypeFormat> alt = t.alternatives();
            for (int k = 0; k < alt.size(); k++) {
                b.append(k == 0 ? "" : ",");
                str(b, alt.get(k).describe());
            }
            b.append("],\"missing_codes\":[");
            for (int k = 0; k < t.missingCodes().size(); k++) {
                b.append(k == 0 ? "" : ",");
                str(b, t.missingCodes().get(k));
            }
            b.append("],\"sampled\":").append(t.sample().examined()).append(",\"rows\":").append(t.sample().offered()).append('}');
        }
        return b.append("]}").toString();
    }

    private static void str(StringBuilder b, String s) {
        if (s == null) {
            b.append("null");
            return;
        }
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': b.append("\\\""); break;
                case '\\': b.append("\\\\"); break;
                case '\n': b.append("\\n"); break;
                case '\r': b.append("\\r"); break;
                case '\t': b.append("\\t"); break;
                default:
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
            }
        }
        b.append('"');
    }
}
