package dev.kimball.connector.postgres;

/** How rows leave the server. Both give identical strings; see {@link PostgresReadOptions}. */
public enum ReadMode {
    /** {@code COPY (SELECT ...) TO STDOUT} in text format, one row per protocol message: the faster path (default). */
    COPY,
    /** A server-side cursor ({@code fetchSize} rows per round trip, autocommit off). */
    CURSOR
}
