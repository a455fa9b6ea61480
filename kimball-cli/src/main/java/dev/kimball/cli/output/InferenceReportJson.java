package dev.kimball.cli.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kimball.cli.FileInference.InferredFile;
import dev.kimball.inference.InferenceJson;
import java.util.List;

/**
 * Inferred types for programs: {@code {"columns":[{"file":..,"name":..,"type":..,"format":..,"semantic":..,
 * "confidence":..,"reason":..,"non_null":..,"conforming":..,...}]}}, the columns of all files in one list, each
 * naming its file. The per-column keys are those of {@link InferenceJson} (the engine's own rendering) plus
 * {@code file}; keys may be added, never renamed.
 */
public final class InferenceReportJson {
    private InferenceReportJson() {
    }

    public static ObjectNode toJson(List<InferredFile> files) {
        ObjectNode root = LoadReportJson.MAPPER.createObjectNode();
        ArrayNode columns = root.putArray("columns");
        for (InferredFile f : files) {
            for (JsonNode c : columns(f)) {
                ObjectNode withFile = columns.addObject().put("file", f.file());
                withFile.setAll((ObjectNode) c);
            }
        }
        return root;
    }

    /** One file's columns as {@link InferenceJson} renders them. */
    public static ArrayNode columns(InferredFile f) {
        try {
            return (ArrayNode) LoadReportJson.MAPPER.readTree(InferenceJson.render(f.columns())).get("columns");
        } catch (JsonProcessingException e) {
            // InferenceJson escapes every string it writes; unparsable output is a bug in it, not a user error
            throw new IllegalStateException("InferenceJson rendered invalid JSON for " + f.file(), e);
        }
    }
}
