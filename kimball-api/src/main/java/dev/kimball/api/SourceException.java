package dev.kimball.api;

/** A source could not be found, opened or read: fix the path, URL or credentials of the source. */
public class SourceException extends KimballException {
    private static final long serialVersionUID = 1L;

    public SourceException(String code, String message) {
        super(code, message);
    }

    public SourceException(String code, String message, Throwable cause) {
        super(code, message, cause);
    }
}
