package dev.kimball.connector.parquet;

/**
 * The first value of the current row that could not be turned into text (e.g. a TIME past midnight). Converters cannot
 * throw without leaving Parquet's record assembly half-way through a row, so they report here, write null, and the
 * reader rejects the row once it is complete.
 */
final class RowProblem {
    private String message;

    void clear() {
        message = null;
    }

    void report(String column, RuntimeException e) {
        if (message == null) {
            message = "column '" + column + "': " + e.getMessage();
        }
    }

    /** The problem of the current row, or null. */
    String message() {
        return message;
    }
}
