package dev.kimball.api;

/** An argument or a setting is invalid: the message names the value and what is allowed. */
public class ConfigurationException extends KimballException {
    private static final long serialVersionUID = 1L;

    public ConfigurationException(String code, String message) {
        super(code, message);
    }

    public ConfigurationException(String code, String message, Throwable cause) {
        super(code, message, cause);
    }
}
