package dev.kimball.connector.csv;

import dev.kimball.api.CsvSource;
import dev.kimball.api.SourceException;
import dev.kimball.spi.RecordReader;
import dev.kimball.spi.SourceUnit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** One local CSV file. Reading goes through {@link CsvRecordReader#open} on a plain stream, as any storage would. */
final class CsvFileUnit implements SourceUnit {
    private final Path path;
    private final CsvSource options;
    private final long size;

    CsvFileUnit(Path path, CsvSource options) {
        this.path = path;
        this.options = options;
        long s;
        try {
            s = Files.size(path);
        } catch (IOException e) {
            s = -1;
        }
        this.size = s;
    }

    @Override
    public String name() {
        return path.toString();
    }

    @Override
    public String tableHint() {
        return CsvFileResolver.tableHint(path);
    }

    @Override
    public long sizeBytes() {
        return size;
    }

    /**
     * @throws SourceException SOURCE_NOT_FOUND when the file vanished since listing, SOURCE_READ_FAILED when it
     *                         cannot be read
     */
    @Override
    public RecordReader open() {
        InputStream in;
        try {
            in = Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new SourceException("SOURCE_NOT_FOUND", "CSV file " + path + " no longer exists", e);
        } catch (IOException e) {
            throw new SourceException("SOURCE_READ_FAILED", "cannot open CSV file " + path + ": " + e.getMessage(), e);
        }
        return CsvRecordReader.open(in, name(), options);
    }

    @Override
    public String toString() {
        return "CsvFileUnit[" + path + "]";
    }
}
