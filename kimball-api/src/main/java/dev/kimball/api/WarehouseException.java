package dev.kimball.api;

/** The warehouse could not be reached or refused a statement: check that it runs and that the URL is right. */
public class WarehouseException extends KimballException {
    private static final long serialVersionUID = 1L;

    public WarehouseException(String code, String message) {
        super(code, message);
    }

    public WarehouseException(String code, String message, Throwable cause) {
        super(code, message, cause);
    }
}
