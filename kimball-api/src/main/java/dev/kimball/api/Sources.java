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
        return CsvSource.of(new LocalLocation(path.toString()));
    }

    /** Same as {@link #csv(Path)} for a path or glob given as text. */
    public static CsvSource csv(String pathOrGlob) {
        if (pathOrGlob == null || pathOrGlob.isBlank()) {
            throw new ConfigurationException("SOURCE_LOCATION", "csv path must not be blank");
        }
        return CsvSource.of(new LocalLocation(pathOrGlob));
    }

    /** CSV files at any location ({@code Sources.csv(Sources.s3("bucket", "exports/"))}); a folder reads its CSV-family files. */
    public static CsvSource csv(Location location) {
        return CsvSource.of(Objects.requireNonNull(location, "location"));
    }

    /** Excel workbooks (.xlsx, .xls) at a local path, directory or glob: every sheet, header row detected. */
    public static ExcelSource excel(Path path) {
        Objects.requireNonNull(path, "excel path");
        return ExcelSource.of(new LocalLocation(path.toString()));
    }

    /** Excel workbooks at any location (local, S3...). */
    public static ExcelSource excel(Location location) {
        return ExcelSource.of(Objects.requireNonNull(location, "location"));
    }

    /** Parquet files at a local path, directory or glob. */
    public static ParquetSource parquet(Path path) {
        Objects.requireNonNull(path, "parquet path");
        return new ParquetSource(new LocalLocation(path.toString()));
    }

    /** Parquet files at any location. */
    public static ParquetSource parquet(Location location) {
        return new ParquetSource(Objects.requireNonNull(location, "location"));
    }

    /** JSON lines or JSON arrays of objects at a local path, directory or glob; nested names joined with '.'. */
    public static JsonSource json(Path path) {
        Objects.requireNonNull(path, "json path");
        return new JsonSource(new LocalLocation(path.toString()), ".");
    }

    /** JSON files at any location. */
    public static JsonSource json(Location location) {
        return new JsonSource(Objects.requireNonNull(location, "location"), ".");
    }

    /** Files of any supported format at a local path, directory or glob, the format chosen per file by extension. */
    public static FilesSource files(String pathOrGlob) {
        return new FilesSource(new LocalLocation(pathOrGlob));
    }

    /** Files of any supported format at any location. */
    public static FilesSource files(Location location) {
        return new FilesSource(Objects.requireNonNull(location, "location"));
    }

    /** Objects under a prefix of an S3 bucket; wrap it in a format ({@code Sources.parquet(Sources.s3(..))}) or use {@link #files(Location)}. */
    public static S3Location s3(String bucket, String prefix) {
        return S3Location.of(bucket, prefix);
    }

    /** Tables of a PostgreSQL database ({@code jdbc:postgresql://host:5432/db}), schema {@code public} unless set. */
    public static PostgresSource postgres(String jdbcUrl) {
        return PostgresSource.of(jdbcUrl);
    }
}
