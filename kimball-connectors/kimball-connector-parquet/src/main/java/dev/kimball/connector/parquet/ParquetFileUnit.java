package dev.kimball.connector.parquet;

import dev.kimball.spi.RecordReader;
import dev.kimball.spi.SourceUnit;
import dev.kimball.spi.StoredFile;

/** One Parquet file (local or in an object store); its bronze table is named after the file. */
final class ParquetFileUnit implements SourceUnit {
    private final StoredFile file;

    ParquetFileUnit(StoredFile file) {
        this.file = file;
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
     * @throws dev.kimball.api.SourceException SOURCE_NOT_FOUND when the file vanished, SOURCE_READ_FAILED when the
     *                                         storage fails, SOURCE_FORMAT when it is not a readable Parquet file
     */
    @Override
    public RecordReader open() {
        return ParquetRowReader.open(file.name(), file.openSeekable());
    }

    @Override
    public String toString() {
        return "ParquetFileUnit[" + file.name() + "]";
    }
}
