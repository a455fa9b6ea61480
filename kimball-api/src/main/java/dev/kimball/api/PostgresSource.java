package dev.kimball.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Tables of a PostgreSQL schema. Every table (or those named with {@link #tables}) becomes a unit, large tables are
 * split into key ranges read in parallel, and every PostgreSQL type becomes an exact string. The password is a
 * {@link Secret}; a password inside the URL is refused (use {@link #password(Secret)}).
 */
public final class PostgresSource implements Source {
    private final String url;
    private final String user;
    private final Secret password;
    private final String schema;
    private final List<String> tables;
    private final String cursorColumn;

    private PostgresSource(String url, String user, Secret password, String schema, List<String> tables, String cursorColumn) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.schema = schema;
        this.tables = tables;
        this.cursorColumn = cursorColumn;
    }

    static PostgresSource of(String url) {
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new ConfigurationException("POSTGRES_URL", "a PostgreSQL URL looks like jdbc:postgresql://host:5432/db, got "
                    + (url == null ? "null" : url.replaceAll("(?i)password=[^&]*", "password=******")));
        }
        if (url.toLowerCase(java.util.Locale.ROOT).contains("password=")) {
            throw new ConfigurationException("POSTGRES_URL", "put the password in .password(Secret.env(\"PGPASSWORD\")), not in the URL");
        }
        return new PostgresSource(url, null, null, "public", List.of(), null);
    }

    /** The JDBC URL (never holds a password). */
    public String url() {
        return url;
    }

    public Optional<String> user() {
        return Optional.ofNullable(user);
    }

    public Optional<Secret> password() {
        return Optional.ofNullable(password);
    }

    public String schema() {
        return schema;
    }

    /** The tables to read; empty means every table of the schema. */
    public List<String> tables() {
        return tables;
    }

    /** A column whose growing values mark new rows (for incremental loads), if set. */
    public Optional<String> cursorColumn() {
        return Optional.ofNullable(cursorColumn);
    }

    public PostgresSource user(String name) {
        if (name == null || name.isBlank()) {
            throw new ConfigurationException("POSTGRES_OPTION", "user must not be blank");
        }
        return new PostgresSource(url, name, password, schema, tables, cursorColumn);
    }

    public PostgresSource password(Secret secret) {
        return new PostgresSource(url, user, Objects.requireNonNull(secret, "password"), schema, tables, cursorColumn);
    }

    public PostgresSource schema(String name) {
        if (name == null || name.isBlank()) {
            throw new ConfigurationException("POSTGRES_OPTION", "schema must not be blank");
        }
        return new PostgresSource(url, user, password, name, tables, cursorColumn);
    }

    public PostgresSource tables(String... names) {
        for (String n : names) {
            if (n == null || n.isBlank()) {
                throw new ConfigurationException("POSTGRES_OPTION", "table names must not be blank");
            }
        }
        return new PostgresSource(url, user, password, schema, List.of(names), cursorColumn);
    }

    /**
     * A column whose values grow as rows are added or changed ({@code updated_at}, a sequence id): every load records
     * the greatest value it read in {@code metadata.loads}, and an {@link LoadMode#INCREMENTAL incremental} load reads
     * only rows past it (compared in PostgreSQL, as the column's type). Every table of the source must have the column
     * (of a number, date/time or text type); the load fails before reading otherwise, naming the tables without it
     * (use {@link #tables} to choose those that have it). Rows whose cursor is null are read only by full loads.
     *
     * @throws ConfigurationException (POSTGRES_OPTION) when {@code column} is blank
     */
    public PostgresSource cursorColumn(String column) {
        if (column == null || column.isBlank()) {
            throw new ConfigurationException("POSTGRES_OPTION", "cursor column must not be blank");
        }
        return new PostgresSource(url, user, password, schema, tables, column);
    }

    @Override
    public String describe() {
        return "postgres:" + url + "/" + schema + (tables.isEmpty() ? "" : tables.toString());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PostgresSource s && url.equals(s.url) && Objects.equals(user, s.user) && Secret.same(password, s.password)
                && schema.equals(s.schema) && tables.equals(s.tables) && Objects.equals(cursorColumn, s.cursorColumn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(url, user, schema, tables, cursorColumn);
    }

    @Override
    public String toString() {
        return "PostgresSource[" + url + ", schema=" + schema + (user != null ? ", user=" + user : "")
                + (password != null ? ", password=" + password : "") + (tables.isEmpty() ? "" : ", tables=" + tables)
                + (cursorColumn != null ? ", cursorColumn=" + cursorColumn : "") + "]";
    }
}
