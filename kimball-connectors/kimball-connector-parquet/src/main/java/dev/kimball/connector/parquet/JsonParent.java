package dev.kimball.connector.parquet;

/**
 * A converter that writes a JSON container (object, array, map entry, or the top-level column itself) and must know
 * when a child is about to write, so it can write the field name, open an array for a repeated field, or fill in the
 * nulls of the fields the record left out. Parquet assembles a record in schema order, so children arrive in order.
 */
interface JsonParent {
    /** Child {@code index} is about to write a value or start a group. */
    void beforeChild(int index);
}
