package dev.kimball.connector.json;

import dev.kimball.spi.RecordReader;
import dev.kimball.spi.SourceUnit;
import dev.kimball.spi.StoredFile;

/** One JSON file; its bronze table is named after the file. */
final class JsonFileUnit implements SourceUnit {
    private final StoredFile file;
    private final String separator;
    private final boolean lines;

    JsonFileUnit(StoredFile file, String separator, boolean lines) {
        this.file = file;
        this.separator = separator;
        this.lines = lines;
    }

    @Override
    public String name() {
        return file.name();
    }

    @Override
    public String tableHint() {
        String n = file.fileName();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    @Override
    public long sizeBytes() {
        return file.size();
    }

    /**
     * Reads the header sample, then reopens the file for the rows.
     *
     * @throws dev.kimball.api.SourceException SOURCE_NOT_FOUND when the file vanished, SOURCE_READ_FAILED when the
     *                                         storage fails, SOURCE_FORMAT when it does not start like JSON
     */
    @Override
    public RecordReader open() {
        return JsonRecordReader.open(file, separator, lines);
    }

    @Override
    public String toString() {
        return "JsonFileUnit[" + file.name() + "]";
    }
}
