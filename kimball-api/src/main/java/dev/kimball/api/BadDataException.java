package dev.kimball.api;

/** The data itself cannot be used (e.g. a file that is not text). Row-level problems never throw: bad rows go to the rejects table. */
public class BadDataException extends KimballException {
    private static final long serialVersionUID = 1L;

    public BadDataException(String code, String message) {
        super(code, message);
    }

    public BadDataException(String code, String message, Throwable cause) {
        super(code, message, cause);
    }
}
