package dev.kimball.connector.postgres;

/**
 * The last step from PostgreSQL's text output (in a session set up by {@link PgConnections}) to KIMBALL's exact
 * string. Most types need nothing: the server's text is already exact (numeric, floats with shortest round-trip,
 * intervals as ISO-8601 durations, uuid, inet, enums, ranges...). Types rewritten in SQL instead (money, bytea,
 * arrays, composites, hstore) are {@link #AS_IS} here; see {@link PgColumn}.
 */
enum ValueForm {
    AS_IS {
        @Override
        String render(String text) {
            return text;
        }
    },
    /** {@code t}/{@code f} to {@code true}/{@code false}. */
    BOOLEAN {
        @Override
        String render(String text) {
            return switch (text) {
                case "t", "true" -> "true";
                case "f", "false" -> "false";
                default -> text;
            };
        }
    },
    /** {@code 2024-01-02}; {@code 0044-03-15 BC} to ISO-8601's astronomical year {@code -0043-03-15}. */
    DATE {
        @Override
        String render(String text) {
            return era(text);
        }
    },
    /** {@code 2024-01-02 03:04:05.5} to {@code 2024-01-02T03:04:05.5}. */
    TIMESTAMP {
        @Override
        String render(String text) {
            return tee(era(text));
        }
    },
    /** {@code 2024-01-02 03:04:05.5+00} (session zone UTC) to {@code 2024-01-02T03:04:05.5Z}. */
    TIMESTAMPTZ {
        @Override
        String render(String text) {
            String s = tee(era(text));
            if (s.endsWith("+00")) {
                return s.substring(0, s.length() - 3) + "Z";
            }
            return offsetWithMinutes(s);
        }
    },
    /** {@code 12:00:00+05} to {@code 12:00:00+05:00}; the offset is kept (a time of day has no date to convert with). */
    TIMETZ {
        @Override
        String render(String text) {
            return offsetWithMinutes(text);
        }
    };

    abstract String render(String text);

    /** Moves a trailing {@code " BC"} into the year: 1 BC is year 0000, 44 BC is -0043 (ISO-8601 astronomical years). */
    static String era(String text) {
        if (!text.endsWith(" BC")) {
            return text;
        }
        String s = text.substring(0, text.length() - 3);
        int dash = s.indexOf('-');
        if (dash <= 0) {
            return text;
        }
        long year = Long.parseLong(s.substring(0, dash));
        long astronomical = 1 - year;
        String y = String.format("%04d", Math.abs(astronomical));
        return (astronomical < 0 ? "-" : "") + y + s.substring(dash);
    }

    /** The space between date and time becomes {@code T}; {@code infinity} and {@code -infinity} are left alone. */
    static String tee(String s) {
        int space = s.indexOf(' ');
        return space < 0 ? s : s.substring(0, space) + 'T' + s.substring(space + 1);
    }

    /** A trailing {@code ±hh} offset becomes {@code ±hh:mm}; {@code ±hh:mm} and {@code ±hh:mm:ss} stay. */
    static String offsetWithMinutes(String s) {
        int n = s.length();
        if (n >= 3) {
            char sign = s.charAt(n - 3);
            if ((sign == '+' || sign == '-') && Character.isDigit(s.charAt(n - 2)) && Character.isDigit(s.charAt(n - 1))
                    && n >= 4 && Character.isDigit(s.charAt(n - 4))) {
                return s + ":00";
            }
        }
        return s;
    }
}
