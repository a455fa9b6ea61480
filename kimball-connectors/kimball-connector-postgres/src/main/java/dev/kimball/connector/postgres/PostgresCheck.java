package dev.kimball.connector.postgres;

import java.time.Duration;
import java.util.List;

/**
 * What a successful {@link PostgresSourceProvider#test} found.
 *
 * @param endpoint      {@code host:port/db}
 * @param serverVersion e.g. {@code 15.20}
 * @param user          the user the server says we are
 * @param schema        the schema checked
 * @param tables        the tables the source would read, each readable by this user
 * @param elapsed       how long the check took
 */
public record PostgresCheck(String endpoint, String serverVersion, String user, String schema, List<String> tables,
                            Duration elapsed) {
    public PostgresCheck {
        tables = List.copyOf(tables);
    }
}
