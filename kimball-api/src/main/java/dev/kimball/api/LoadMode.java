package dev.kimball.api;

/** What a load does with rows an earlier load of the same source left in the bronze table. */
public enum LoadMode {
    /** Default: after a successful load, the rows of earlier loads of the same source are removed, so re-loading never duplicates. */
    REPLACE,
    /** Keep earlier rows; every load adds its rows (distinguishable by {@code _kimball_load_id}). */
    APPEND,
    /**
     * Like {@link #REPLACE}, but a file whose version (size and modification time, or S3 ETag) equals the one of its last
     * successful load is skipped; the report lists skipped sources. Units without a version are always loaded.
     * A table with a cursor column ({@link PostgresSource#cursorColumn}) is read from the high-water mark its last
     * successful load recorded in {@code metadata.loads}: only rows whose cursor is greater are read, and they are
     * appended (earlier rows are kept; a row updated in place arrives again with its new cursor value). Without a mark
     * (first load, or the last load had no or another cursor) the whole table is read and replaces earlier loads.
     */
    INCREMENTAL
}
