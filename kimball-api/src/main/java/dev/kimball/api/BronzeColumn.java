package dev.kimball.api;

import java.util.Objects;

/**
 * A data column of a bronze table: its warehouse {@code name} (snake_case, unique, never colliding with the
 * reserved {@code _kimball_} prefix) and the {@code original} header exactly as in the source (possibly
 * empty or duplicated there).
 */
public record BronzeColumn(String name, String original) {
    public BronzeColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(original, "original");
    }
}
