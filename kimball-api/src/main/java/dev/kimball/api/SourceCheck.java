package dev.kimball.api;

import java.time.Duration;
import java.util.Objects;

/**
 * The result of {@link SourceRegistry#test}: whether the source can be read and, either way, what was found or what is
 * wrong. Holds no secret.
 *
 * @param name    the registry name
 * @param ok      whether every check passed
 * @param code    {@code OK}, else the failure's code ({@code SOURCE_UNREACHABLE}, {@code SOURCE_AUTH_FAILED},
 *                {@code SOURCE_NOT_FOUND}, {@code SOURCE_PERMISSION_DENIED}, {@code SECRET_MISSING}, {@code SOURCE_TIMEOUT}...)
 * @param message what was found (e.g. {@code 3 files: a.csv, b.csv, c.csv}) or what is wrong and what to check
 * @param elapsed how long the check took
 */
public record SourceCheck(String name, boolean ok, String code, String message, Duration elapsed) {
    public static final String OK = "OK";

    public SourceCheck {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(elapsed, "elapsed");
        if (ok != OK.equals(code)) {
            throw new IllegalArgumentException("a check is ok exactly when its code is OK, got ok=" + ok + " code=" + code);
        }
    }
}
