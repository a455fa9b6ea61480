package dev.kimball.cli.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kimball.api.NamedSource;
import dev.kimball.api.SourceCheck;
import dev.kimball.api.SourceRevision;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Named sources for programs: {@code kimball source list|show|test --json}. Keys: {@code name, kind, source} (the
 * secret-free description), {@code description, created_at, updated_at, version}; {@code show} adds {@code spec} (the
 * stored definition, secrets as references) and {@code history}; {@code test} gives {@code name, ok, code, message,
 * seconds}. Keys may be added, never renamed.
 */
public final class NamedSourceJson {
    private NamedSourceJson() {
    }

    public static ObjectNode list(List<NamedSource> sources, String warehouseUrl) {
        ObjectNode root = LoadReportJson.MAPPER.createObjectNode();
        root.put("warehouse", warehouseUrl);
        ArrayNode a = root.putArray("sources");
        sources.forEach(s -> a.add(summary(s)));
        return root;
    }

    public static ObjectNode show(NamedSource s, List<SourceRevision> history) {
        ObjectNode o = summary(s);
        try {
            o.set("spec", LoadReportJson.MAPPER.readTree(s.spec()));
        } catch (JsonProcessingException e) {
            o.put("spec", s.spec());
        }
        ArrayNode h = o.putArray("history");
        for (SourceRevision r : history) {
            h.addObject().put("version", r.version()).put("removed", r.removed()).put("source", r.source().describe())
                    .put("updated_at", time(r.source().updatedAt()));
        }
        return o;
    }

    public static ObjectNode check(SourceCheck c) {
        ObjectNode o = LoadReportJson.MAPPER.createObjectNode();
        o.put("name", c.name());
        o.put("ok", c.ok());
        o.put("code", c.code());
        o.put("message", c.message());
        o.put("seconds", c.elapsed().toNanos() / 1e9);
        return o;
    }

    private static ObjectNode summary(NamedSource s) {
        ObjectNode o = LoadReportJson.MAPPER.createObjectNode();
        o.put("name", s.name());
        o.put("kind", s.kind());
        o.put("source", s.describe());
        o.put("description", s.description());
        o.put("created_at", time(s.createdAt()));
        o.put("updated_at", time(s.updatedAt()));
        o.put("version", s.version());
        return o;
    }

    /** ISO-8601 UTC to the second, e.g. {@code 2024-05-01T12:00:00Z}. */
    public static String time(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(ChronoUnit.SECONDS));
    }
}
