package dev.kimball.api;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A password or key. Its value is never part of {@link #toString()}, {@code equals} of other objects'
 * string forms, logs or metadata: only its {@link #reference()} (e.g. {@code env:PGPASSWORD},
 * {@code file:/run/secrets/pg}) or {@code literal} is ever shown or stored.
 */
public final class Secret {
    private final String reference;
    private final char[] literal;

    private Secret(String reference, char[] literal) {
        this.reference = reference;
        this.literal = literal;
    }

    /** A secret held in memory only; it is shown as {@code ******} and cannot be stored in metadata. */
    public static Secret of(String value) {
        Objects.requireNonNull(value, "secret value");
        return new Secret(null, value.toCharArray());
    }

    /** A secret read from an environment variable when needed. */
    public static Secret env(String variable) {
        requireName(variable, "environment variable");
        return new Secret("env:" + variable, null);
    }

    /** A secret read from a file (trailing newline removed) when needed. */
    public static Secret file(Path path) {
        Objects.requireNonNull(path, "secret file");
        return new Secret("file:" + path, null);
    }

    /** Parses a stored reference ({@code env:NAME} or {@code file:/path}). */
    public static Secret reference(String reference) {
        Objects.requireNonNull(reference, "secret reference");
        if (reference.startsWith("env:")) {
            return env(reference.substring(4));
        }
        if (reference.startsWith("file:")) {
            return file(Path.of(reference.substring(5)));
        }
        throw new ConfigurationException("SECRET_REFERENCE",
                "a secret reference must look like env:NAME or file:/path, got a value of length " + reference.length());
    }

    /** The stored form ({@code env:NAME}, {@code file:/path}), or empty for an in-memory secret. */
    public java.util.Optional<String> reference() {
        return java.util.Optional.ofNullable(reference);
    }

    /** Resolves the value. Callers must not log or store it. */
    public String reveal() {
        if (literal != null) {
            return new String(literal);
        }
        if (reference.startsWith("env:")) {
            String v = System.getenv(reference.substring(4));
            if (v == null) {
                throw new ConfigurationException("SECRET_MISSING", "environment variable " + reference.substring(4) + " is not set");
            }
            return v;
        }
        Path p = Path.of(reference.substring(5));
        try {
            return Files.readString(p, StandardCharsets.UTF_8).stripTrailing();
        } catch (java.io.IOException e) {
            throw new ConfigurationException("SECRET_MISSING", "cannot read secret file " + p + ": " + e.getClass().getSimpleName());
        }
    }

    /**
     * Whether two secrets are the same for equality of the values holding them: the same object, or the same stored
     * reference. Two in-memory secrets are never compared by value (that would make equality a guessing oracle).
     */
    static boolean same(Secret a, Secret b) {
        return a == b || a != null && b != null && a.reference != null && a.reference.equals(b.reference);
    }

    private static void requireName(String s, String what) {
        if (s == null || s.isBlank()) {
            throw new ConfigurationException("SECRET_REFERENCE", what + " name must not be blank");
        }
    }

    @Override
    public String toString() {
        return reference != null ? reference : "******";
    }
}
