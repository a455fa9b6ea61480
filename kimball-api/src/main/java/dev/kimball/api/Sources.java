package dev.kimball.api;

import java.nio.file.Path;
import java.util.Objects;

/** Factories for the sources KIMBALL can read. Each returns an immutable description; nothing is opened here. */
public final class Sources {
    private Sources() {
    }

    /**
     * CSV (or TSV, pipe-, semicolon-separated...) text: a file, a directory (every {@code .csv}, {@code .tsv},
     * {@code .txt} file in it) or a glob such as {@code data/sales_*.csv}. Delimiter, quote, escape, header,
     * preamble and encoding are detected unless set on the returned source.
     */
    public static CsvSource csv(Path path) {
        Objects.requireNonNull(path, "csv path");
        return CsvSource.of(path.toString());
    }

    /** Same as {@link #csv(Path)} for a path or glob given as text. */
    public static CsvSource csv(String pathOrGlob) {
        if (pathOrGlob == null || pathOrGlob.isBlank()) {
            throw new ConfigurationException("SOURCE_LOCATION", "csv path must not be blank");
        }
        return CsvSource.of(pathOrGlob);
    }
}
