package dev.kimball.spi;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The unit of a one-table file format: named after the stored file, sized and versioned by it, opened by the format's
 * reader. Formats with several units per file (Excel sheets) implement {@link SourceUnit} themselves.
 */
final class FileUnit implements SourceUnit {
    private final StoredFile file;
    private final Supplier<RecordReader> reader;

    FileUnit(StoredFile file, Supplier<RecordReader> reader) {
        this.file = Objects.requireNonNull(file, "file");
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    /** The file name without a compression suffix and without its last extension: {@code sales.csv.gz} gives {@code sales}. */
    static String baseName(String fileName) {
        String n = fileName;
        String lower = n.toLowerCase(Locale.ROOT);
        for (String z : new String[] {".gz", ".bz2", ".zst", ".zip"}) {
            if (lower.endsWith(z) && lower.length() > z.length()) {
                n = n.substring(0, n.length() - z.length());
                break;
            }
        }
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    @Override
    public String name() {
        return file.name();
    }

    @Override
    public String tableHint() {
        return baseName(file.fileName());
    }

    @Override
    public long sizeBytes() {
        return file.size();
    }

    @Override
    public String version() {
        return file.version();
    }

    @Override
    public RecordReader open() {
        return reader.get();
    }

    @Override
    public String toString() {
        return "FileUnit[" + file.name() + "]";
    }
}
