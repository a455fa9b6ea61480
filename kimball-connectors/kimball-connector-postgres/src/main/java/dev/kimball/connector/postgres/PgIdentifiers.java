package dev.kimball.connector.postgres;

/**
 * Quotes PostgreSQL identifiers. Names come from the catalog (they are data), so they are always quoted, never
 * pasted: a table called {@code a"; DROP TABLE x; --} stays one identifier.
 */
final class PgIdentifiers {
    private PgIdentifiers() {
    }

    static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    static String qualified(String schema, String table) {
        return quote(schema) + "." + quote(table);
    }
}
