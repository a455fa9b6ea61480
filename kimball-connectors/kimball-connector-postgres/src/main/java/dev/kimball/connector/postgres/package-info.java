/**
 * The PostgreSQL connector: lists the tables of a schema, splits large tables into key ranges, and streams rows with
 * bounded memory through {@code COPY (SELECT ...) TO STDOUT} (or a server-side cursor), turning every PostgreSQL type
 * into an exact string. The key ranges of a table read one exported snapshot; with a cursor column, reads start after
 * the mark of the last load, bound as text and compared as the column's type. Entry point: {@link dev.kimball.connector.postgres.PostgresSourceProvider}; everything else is
 * package-private except the option and result records it takes and returns.
 */
package dev.kimball.connector.postgres;
