package dev.kimball.api.catalog;

/** How many parent rows a child row's key value matches, and how many children a parent has. */
public enum Cardinality {
    /** Each child value matches one parent row, and appears once in the child. */
    ONE_TO_ONE,
    /** Each child value matches one parent row; a parent row has many children. */
    MANY_TO_ONE;

    /** {@code 1:1} or {@code N:1}. */
    public String label() {
        return this == ONE_TO_ONE ? "1:1" : "N:1";
    }
}
