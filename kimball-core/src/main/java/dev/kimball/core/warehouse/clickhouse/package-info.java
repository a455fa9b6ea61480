/**
 * The ClickHouse warehouse: {@code client-v2} over HTTP, one database per layer (prefixed by the URL's namespace),
 * bulk writes as one {@code RowBinary} insert per batch that the server deduplicates by batch id, versioned tables
 * as {@code ReplacingMergeTree(version, is_deleted)} read with {@code FINAL}. Test servers come from
 * {@code scripts/services/clickhouse.sh}.
 */
package dev.kimball.core.warehouse.clickhouse;
