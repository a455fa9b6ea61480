package dev.kimball.api;

import java.util.Objects;

/**
 * Root of every exception KIMBALL throws. Unchecked; the subclass says what the caller can do about it
 * ({@link SourceException}: fix or reach the source, {@link WarehouseException}: fix or reach the
 * warehouse, {@link ConfigurationException}: fix the call or the setup, {@link BadDataException}: the data
 * itself is unusable). {@link #code()} is a stable, machine-readable identifier such as
 * {@code SOURCE_NOT_FOUND}; the cause is always kept.
 */
public class KimballException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String code;

    public KimballException(String code, String message) {
        this(code, message, null);
    }

    public KimballException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** A stable identifier of the kind of failure, e.g. {@code WAREHOUSE_UNREACHABLE}. */
    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + code + "]: " + getMessage();
    }
}
