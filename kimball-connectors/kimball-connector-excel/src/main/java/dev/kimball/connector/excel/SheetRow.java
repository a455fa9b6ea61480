package dev.kimball.connector.excel;

/**
 * One sheet row after cell conversion. Arrays are indexed by 0-based column (A = 0) up to the last defined cell;
 * {@code values} are in the reader's mode, {@code shown} the displayed text (only for rows that may hold the header),
 * {@code text} whether a cell holds text.
 *
 * @param number 1-based row number as Excel labels it
 */
record SheetRow(int number, String[] values, String[] shown, boolean[] text) {

    /** Number of cells with a value. */
    int filled() {
        int n = 0;
        for (String v : values) {
            if (v != null) {
                n++;
            }
        }
        return n;
    }

    boolean isEmpty() {
        return firstFilled() < 0;
    }

    /** 0-based column of the first cell with a value, or -1. */
    int firstFilled() {
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                return i;
            }
        }
        return -1;
    }

    /** 0-based column of the last cell with a value, or -1. */
    int lastFilled() {
        for (int i = values.length - 1; i >= 0; i--) {
            if (values[i] != null) {
                return i;
            }
        }
        return -1;
    }

    /** Whether every cell with a value holds text. */
    boolean allFilledAreText() {
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null && !text[i]) {
                return false;
            }
        }
        return true;
    }
}
