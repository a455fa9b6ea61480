package dev.kimball.api;

import java.util.Objects;

/**
 * Parquet files. Every value becomes a string: timestamps ISO-8601 (with their unit's precision), decimals exact,
 * binary as hex, nested types (lists, maps, structs) as JSON text.
 */
public record ParquetSource(Location location) implements FileSource {
    public ParquetSource {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public String describe() {
        return "parquet:" + location.describe();
    }
}
