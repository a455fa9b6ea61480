package dev.kimball.api;

import java.util.Objects;

/** A table in a layer of the warehouse ({@code bronze}, {@code silver}, {@code gold}, {@code metadata}). */
public record TableRef(String schema, String name) {
    public static final String BRONZE = "bronze";
    public static final String SILVER = "silver";
    public static final String GOLD = "gold";
    public static final String METADATA = "metadata";

    public TableRef {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
        if (name.isEmpty()) {
            throw new ConfigurationException("TABLE_NAME", "table name must not be empty");
        }
    }

    public static TableRef bronze(String name) {
        return new TableRef(BRONZE, name);
    }

    public static TableRef metadata(String name) {
        return new TableRef(METADATA, name);
    }

    @Override
    public String toString() {
        return schema + "." + name;
    }
}
