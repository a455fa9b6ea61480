package dev.kimball.api;

import java.util.Objects;

/**
 * JSON lines ({@code .jsonl}, {@code .ndjson}: one object per line) or a JSON array of objects ({@code .json}).
 * Nested objects are flattened to columns joined with {@link #separator()} ({@code a.b.c}); arrays stay JSON text.
 */
public record JsonSource(Location location, String separator) implements FileSource {
    public JsonSource {
        Objects.requireNonNull(location, "location");
        if (separator == null || separator.isEmpty()) {
            throw new ConfigurationException("JSON_OPTION", "the flattening separator must not be empty");
        }
    }

    /** Flatten nested names with this separator instead of {@code "."}. */
    public JsonSource separator(String s) {
        return new JsonSource(location, s);
    }

    @Override
    public String describe() {
        return "json:" + location.describe();
    }
}
