package dev.kimball.api;

/** A local file, directory or glob ({@code data/sales_*.csv}, {@code exports/**}{@code /*.parquet}). */
public record LocalLocation(String pathOrGlob) implements Location {
    public LocalLocation {
        if (pathOrGlob == null || pathOrGlob.isBlank()) {
            throw new ConfigurationException("SOURCE_LOCATION", "a local path must not be blank");
        }
    }

    @Override
    public String describe() {
        return pathOrGlob;
    }
}
