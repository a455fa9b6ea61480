package dev.kimball.connector.postgres;

import java.util.List;

/**
 * A table (or view) as listed from the catalog.
 *
 * @param oid           the relation's oid
 * @param schema        schema name exactly as in the catalog
 * @param name          relation name exactly as in the catalog
 * @param kind          {@code pg_class.relkind}: r table, p partitioned table, v view, m materialized view, f foreign table
 * @param estimatedRows {@code pg_class.reltuples} (summed over leaf partitions for a partitioned table); negative
 *                      when the table was never analyzed
 * @param columns       columns in order
 * @param splitKey      the single-column integer primary key, or null when there is none
 */
record PgTable(long oid, String schema, String name, char kind, double estimatedRows, List<PgColumn> columns, String splitKey) {

    String qualifiedName() {
        return PgIdentifiers.qualified(schema, name);
    }

    List<String> header() {
        return columns.stream().map(PgColumn::name).toList();
    }

    PgTable withColumns(List<PgColumn> cols, String key) {
        return new PgTable(oid, schema, name, kind, estimatedRows, List.copyOf(cols), key);
    }
}
