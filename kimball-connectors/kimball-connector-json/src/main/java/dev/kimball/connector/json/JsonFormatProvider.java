package dev.kimball.connector.json;

import dev.kimball.api.FilesSource;
import dev.kimball.api.JsonSource;
import dev.kimball.api.Source;
import dev.kimball.spi.FormatProvider;
import dev.kimball.spi.SourceUnit;
import dev.kimball.spi.StoredFile;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * JSON lines ({@code .jsonl}, {@code .ndjson}), JSON arrays of objects and concatenated objects ({@code .json}): one
 * unit per file, objects flattened to columns as {@link JsonRecordReader} describes.
 */
public final class JsonFormatProvider implements FormatProvider {
    private static final Set<String> EXTENSIONS = Set.of("json", "jsonl", "ndjson");

    @Override
    public String name() {
        return "json";
    }

    @Override
    public Set<String> extensions() {
        return EXTENSIONS;
    }

    /** JSON sources, and any-format sources (the engine hands those over by extension). */
    @Override
    public boolean accepts(Source source) {
        return source instanceof JsonSource || source instanceof FilesSource;
    }

    /**
     * One unit for the file; nothing is read until it is opened. A {@code .jsonl}/{@code .ndjson} file is always read
     * as JSON lines; any other is read by its first bytes ({@code [} an array, otherwise lines or concatenated objects).
     *
     * @throws IllegalArgumentException when this format does not accept {@code source}
     */
    @Override
    public List<SourceUnit> units(StoredFile file, Source source) {
        Objects.requireNonNull(file, "file");
        if (!accepts(source)) {
            throw new IllegalArgumentException("the json format reads JsonSource or FilesSource, got "
                    + (source == null ? "null" : source.describe()));
        }
        String separator = source instanceof JsonSource js ? js.separator() : ".";
        String lower = file.fileName().toLowerCase(Locale.ROOT);
        boolean lines = lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
        return List.of(SourceUnit.ofFile(file, () -> JsonRecordReader.open(file, separator, lines)));
    }

    @Override
    public String toString() {
        return "JsonFormatProvider";
    }
}
