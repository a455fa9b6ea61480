/**
 * The embedded DuckDB warehouse: layers are schemas of one database file, bulk writes are one
 * {@code INSERT ... SELECT} per transaction reading the written rows from a Java table function, versioned tables are
 * append-only and read with a window over {@code version}.
 */
package dev.kimball.core.warehouse.duckdb;
