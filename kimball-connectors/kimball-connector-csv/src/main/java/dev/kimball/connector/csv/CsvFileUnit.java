package dev.kimball.connector.csv;

import dev.kimball.api.CsvSource;
import dev.kimball.spi.RecordReader;
import dev.kimball.spi.SourceUnit;
import dev.kimball.spi.StoredFile;

/** One CSV file of any storage, read through {@link CsvRecordReader#open} on the file's sequential stream. */
final class CsvFileUnit implements SourceUnit {
    private final StoredFile file;
    private final CsvSource options;

    CsvFileUnit(StoredFile file, CsvSource options) {
        this.file = file;
        this.options = options;
    }

    @Override
    public String name() {
        return file.name();
    }

    @Override
    public String tableHint() {
        return CsvFormatProvider.tableHint(file.fileName());
    }

    @Override
    public long sizeBytes() {
        return file.size();
    }

    /**
     * @throws dev.kimball.api.SourceException SOURCE_NOT_FOUND when the file vanished since listing, SOURCE_READ_FAILED
     *                                         when it cannot be read (as the storage reports it)
     */
    @Override
    public RecordReader open() {
        return CsvRecordReader.open(file.open(), name(), options);
    }

    @Override
    public String toString() {
        return "CsvFileUnit[" + file.name() + "]";
    }
}
