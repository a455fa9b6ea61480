package dev.kimball.connector.postgres;

/**
 * One column of a table and how it is selected and rendered. Where PostgreSQL's own text form is not the exact string
 * KIMBALL wants, the SELECT rewrites it on the server (schema-qualified functions so a user's function of the same
 * name cannot interfere):
 * <ul>
 *   <li>money: cast to numeric, because money's text depends on the server's lc_monetary ({@code $1,234.56});</li>
 *   <li>bytea: plain lowercase hex without the {@code \x} prefix ({@code encode(.., 'hex')});</li>
 *   <li>arrays, composite types, hstore: JSON text via {@code to_json} (elements in PostgreSQL's JSON forms: numbers
 *       as numbers, NaN/Infinity as strings, timestamps as {@code 2024-01-02T03:04:05+00:00});</li>
 * </ul>
 * The rest is finished in Java by {@link ValueForm}.
 *
 * @param name     the column name exactly as in the catalog
 * @param typeName the base type's name (domains resolved), e.g. {@code int4}, {@code timestamptz}, {@code _text}
 * @param typeType {@code pg_type.typtype} of the base type: b base, c composite, e enum, r range, m multirange, p pseudo
 * @param category {@code pg_type.typcategory} of the base type: A array, N numeric, D date/time, S string, ...
 * @param sqlType  the column's declared type as {@code format_type} prints it (quoted and qualified where needed), for
 *                 casts such as the incremental cursor's lower bound
 */
record PgColumn(String name, String typeName, char typeType, char category, String sqlType) {

    String selectExpression() {
        String q = PgIdentifiers.quote(name);
        if (category == 'A' || typeType == 'c' || typeName.equals("hstore")) {
            return "pg_catalog.to_json(" + q + ")::pg_catalog.text";
        }
        return switch (typeName) {
            case "money" -> q + "::pg_catalog.numeric";
            case "bytea" -> "pg_catalog.encode(" + q + ", 'hex')";
            default -> q;
        };
    }

    ValueForm form() {
        if (category == 'A' || typeType != 'b') {
            return ValueForm.AS_IS;
        }
        return switch (typeName) {
            case "bool" -> ValueForm.BOOLEAN;
            case "date" -> ValueForm.DATE;
            case "timestamp" -> ValueForm.TIMESTAMP;
            case "timestamptz" -> ValueForm.TIMESTAMPTZ;
            case "timetz" -> ValueForm.TIMETZ;
            default -> ValueForm.AS_IS;
        };
    }
}
