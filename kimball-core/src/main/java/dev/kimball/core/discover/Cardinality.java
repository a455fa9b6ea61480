package dev.kimball.core.discover;

import java.util.Locale;

/** How many rows of the referencing (child) side match one row of the referenced (parent) key. */
public enum Cardinality {
    /** Each parent key value is referenced by at most one child row (the child columns are unique too). */
    ONE_TO_ONE,
    /** Many child rows may reference the same parent key value. */
    MANY_TO_ONE;

    /** {@code 1:1} or {@code N:1}, as reports and diagrams write it. */
    public String label() {
        return this == ONE_TO_ONE ? "1:1" : "N:1";
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
