package dev.kimball.api;

import java.util.Objects;

/**
 * Files of any supported format, chosen per file by extension ({@code .csv .tsv .txt} CSV, {@code .xlsx .xls} Excel,
 * {@code .parquet} Parquet, {@code .json .jsonl .ndjson} JSON) with each format's detected defaults.
 */
public record FilesSource(Location location) implements FileSource {
    public FilesSource {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public String describe() {
        return "files:" + location.describe();
    }
}
