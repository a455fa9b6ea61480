package dev.kimball.spi;

/** How a table is stored; each warehouse picks the engine or constraints for it. */
public enum TableKind {
    /** Append-only raw rows (bronze data, rejects). */
    APPEND,
    /**
     * Versioned rows: each write appends a row with {@code version} (INT64, microseconds) and {@code is_deleted}
     * (BOOLEAN) columns; a read means the latest version per key that is not deleted
     * ({@link Dialect#latest(TableDef)}).
     */
    VERSIONED
}
