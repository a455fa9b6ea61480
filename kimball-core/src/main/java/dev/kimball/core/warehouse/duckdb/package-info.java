/**
 * The embedded DuckDB warehouse: layers are schemas of one database file, bulk writes use the Appender, versioned
 * tables are append-only and read with a window over {@code version}.
 */
package dev.kimball.core.warehouse.duckdb;
