/**
 * The metadata layer ({@code metadata.*} tables in the warehouse): versioned, soft-deleted rows describing
 * source units, loads, bronze columns, learned corrections and the source registry. A read always means the latest
 * version that is not deleted; {@code metadata.source_history} is append-only, because ClickHouse merges collapse the
 * older versions of a versioned table.
 */
package dev.kimball.core.metadata;
