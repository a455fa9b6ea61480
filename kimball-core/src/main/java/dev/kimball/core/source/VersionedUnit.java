package dev.kimball.core.source;

import dev.kimball.spi.RecordReader;
import dev.kimball.spi.SourceUnit;

/** A format's unit with the version of the stored file it comes from (formats need not know about versions). */
record VersionedUnit(SourceUnit unit, String fileVersion) implements SourceUnit {
    static SourceUnit of(SourceUnit unit, String fileVersion) {
        return unit.version().isEmpty() && fileVersion != null && !fileVersion.isEmpty() ? new VersionedUnit(unit, fileVersion) : unit;
    }

    @Override
    public String name() {
        return unit.name();
    }

    @Override
    public String tableHint() {
        return unit.tableHint();
    }

    @Override
    public long sizeBytes() {
        return unit.sizeBytes();
    }

    @Override
    public String version() {
        return fileVersion;
    }

    @Override
    public RecordReader open() {
        return unit.open();
    }

    @Override
    public java.util.Optional<String> cursor() {
        return unit.cursor();
    }

    @Override
    public RecordReader openAfter(String after) {
        return unit.openAfter(after);
    }

    @Override
    public void release() {
        unit.release();
    }
}
