package dev.kimball.spi;

/** Physical column types of KIMBALL's own tables (bronze data columns are always nullable {@link #STRING}). */
public enum ColumnType {
    STRING, INT64, FLOAT64, BOOLEAN, TIMESTAMP
}
