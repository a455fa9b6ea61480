package dev.kimball.core.warehouse;

/** Shortens SQL for error messages (statements can carry megabytes of literals). */
public final class SqlText {
    private static final int MAX = 600;

    private SqlText() {
    }

    public static String abbreviate(String sql) {
        if (sql == null) {
            return "";
        }
        String s = sql.strip();
        return s.length() <= MAX ? s : s.substring(0, MAX) + "… (" + s.length() + " chars)";
    }
}
