package dev.kimball.connector.postgres;

import dev.kimball.api.PostgresSource;
import dev.kimball.api.Source;
import dev.kimball.api.SourceException;
import dev.kimball.spi.SourceProvider;
import dev.kimball.spi.SourceUnit;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The PostgreSQL connector: one {@link SourceUnit} per table of a {@link PostgresSource}, or several for a large table
 * with a single-column integer primary key (key ranges the engine may read in parallel; all ranges of a table carry
 * the table name as {@code tableHint} and belong in one bronze table). Registered in
 * {@code META-INF/services/dev.kimball.spi.SourceProvider}.
 *
 * <p>Values are exact strings: see {@link PgColumn} and {@link ValueForm} for each type. Besides the SPI it offers
 * {@link #keys} (declared keys, for Discover) and {@link #test} (a connection check that says what is wrong).
 * Every failure is a {@link SourceException} whose message never contains the password.
 */
public final class PostgresSourceProvider implements SourceProvider {
    private static final Duration CATALOG_TIMEOUT = Duration.ofSeconds(60);
    private final PostgresReadOptions options;

    /** With {@link PostgresReadOptions#defaults()} (system properties read now). */
    public PostgresSourceProvider() {
        this(PostgresReadOptions.defaults());
    }

    public PostgresSourceProvider(PostgresReadOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public String name() {
        return "postgres";
    }

    @Override
    public boolean accepts(Source source) {
        return source instanceof PostgresSource;
    }

    /**
     * Lists the tables (and the key range bounds of large ones). One short connection; no rows are read.
     *
     * @throws SourceException SOURCE_NOT_FOUND (schema, named table or database missing: the message lists what
     *                         exists), SOURCE_UNREACHABLE, SOURCE_AUTH_FAILED; {@link IllegalArgumentException} when the
     *                         source is not a {@link PostgresSource}
     */
    @Override
    public List<SourceUnit> units(Source source) {
        PostgresSource pg = cast(source);
        PgEndpoint endpoint = PgEndpoint.of(pg.url());
        try (Connection c = PgConnections.open(pg, endpoint, CATALOG_TIMEOUT)) {
            List<SourceUnit> units = new ArrayList<>();
            for (PgTable t : TableCatalog.list(c, pg, endpoint)) {
                List<KeyRange> ranges = ranges(c, t);
                if (ranges.size() <= 1) {
                    units.add(new PgTableUnit(pg, endpoint, t, null, 1, 1, options));
                } else {
                    for (int i = 0; i < ranges.size(); i++) {
                        units.add(new PgTableUnit(pg, endpoint, t, ranges.get(i), i + 1, ranges.size(), options));
                    }
                }
            }
            return units;
        } catch (SQLException e) {
            throw PgFailures.translate(e, "listing tables of " + endpoint.display() + "/" + pg.schema(), endpoint, null);
        }
    }

    /**
     * The primary, unique and foreign keys declared on the tables {@link #units} would read.
     *
     * @throws SourceException as {@link #units}
     */
    public PostgresKeys keys(PostgresSource source) {
        Objects.requireNonNull(source, "source");
        PgEndpoint endpoint = PgEndpoint.of(source.url());
        try (Connection c = PgConnections.open(source, endpoint, CATALOG_TIMEOUT)) {
            return KeyCatalog.read(c, source.schema(), TableCatalog.list(c, source, endpoint));
        } catch (SQLException e) {
            throw PgFailures.translate(e, "reading keys of " + endpoint.display() + "/" + source.schema(), endpoint, null);
        }
    }

    /**
     * Checks that the source can be read: the server answers, the credentials are accepted, the database and schema
     * exist, the named tables exist, and the user may read the schema and every table. Each step has to answer within
     * {@link PostgresReadOptions#CONNECT_TIMEOUT}.
     *
     * @throws SourceException SOURCE_UNREACHABLE (unknown host; connection refused, naming host:port; no answer in time),
     *                         SOURCE_AUTH_FAILED (password or user rejected), SOURCE_NOT_FOUND (database, schema or a
     *                         named table missing), SOURCE_PERMISSION_DENIED (no USAGE on the schema or no SELECT on a
     *                         table: the message names them and the GRANT to ask for)
     */
    public PostgresCheck test(PostgresSource source) {
        Objects.requireNonNull(source, "source");
        long start = System.nanoTime();
        PgEndpoint endpoint = PgEndpoint.of(source.url());
        try (Connection c = PgConnections.open(source, endpoint, PostgresReadOptions.CONNECT_TIMEOUT)) {
            List<PgTable> tables = TableCatalog.list(c, source, endpoint);
            String user;
            String version;
            boolean usage;
            try (PreparedStatement ps = c.prepareStatement("SELECT current_user, pg_catalog.current_setting('server_version'), "
                    + "pg_catalog.has_schema_privilege(?, 'USAGE')")) {
                ps.setString(1, source.schema());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    user = rs.getString(1);
                    version = rs.getString(2);
                    usage = rs.getBoolean(3);
                }
            }
            String where = " in " + endpoint.display();
            if (!usage) {
                throw new SourceException("SOURCE_PERMISSION_DENIED", "user " + user + " may not use schema " + source.schema()
                        + where + "; ask for GRANT USAGE ON SCHEMA " + PgIdentifiers.quote(source.schema()) + " TO "
                        + PgIdentifiers.quote(user));
            }
            List<String> denied = unreadable(c, tables);
            if (!denied.isEmpty()) {
                throw new SourceException("SOURCE_PERMISSION_DENIED", "user " + user + " may not read "
                        + (denied.size() == 1 ? "table " : "tables ") + TableCatalog.shortList(denied) + " of schema "
                        + source.schema() + where + "; ask for GRANT SELECT ON " + PgIdentifiers.qualified(source.schema(),
                        denied.get(0)) + (denied.size() > 1 ? ", ..." : "") + " TO " + PgIdentifiers.quote(user));
            }
            return new PostgresCheck(endpoint.display(), version, user, source.schema(),
                    tables.stream().map(PgTable::name).toList(), Duration.ofNanos(System.nanoTime() - start));
        } catch (SQLException e) {
            throw PgFailures.translate(e, "testing " + endpoint.display() + "/" + source.schema()
                    + PgConnections.userPart(source), endpoint, null);
        }
    }

    /**
     * The SPI form of {@link #test(PostgresSource)}: what it found in one line, e.g. {@code PostgreSQL 15.2 at
     * db:5432/shop as user etl: schema sales, 3 tables readable (orders, customers, items)}.
     *
     * @throws SourceException as {@link #test(PostgresSource)}
     */
    @Override
    public String test(Source source) {
        PostgresCheck c = test(cast(source));
        List<String> t = c.tables();
        return "PostgreSQL " + c.serverVersion() + " at " + c.endpoint() + " as user " + c.user() + ": schema " + c.schema() + ", "
                + t.size() + (t.size() == 1 ? " table" : " tables") + " readable"
                + (t.isEmpty() ? "" : " (" + TableCatalog.shortList(t) + ")");
    }

    private List<KeyRange> ranges(Connection c, PgTable t) throws SQLException {
        if (t.splitKey() == null || t.estimatedRows() <= options.splitRows()) {
            return List.of();
        }
        int n = (int) Math.min(options.maxRanges(), Math.ceil(t.estimatedRows() / options.splitRows()));
        if (n < 2) {
            return List.of();
        }
        String key = PgIdentifiers.quote(t.splitKey());
        try (PreparedStatement ps = c.prepareStatement("SELECT min(" + key + ")::pg_catalog.int8, max(" + key
                + ")::pg_catalog.int8 FROM " + t.qualifiedName()); ResultSet rs = ps.executeQuery()) {
            rs.next();
            long min = rs.getLong(1);
            if (rs.wasNull()) {
                return List.of(); // empty despite the statistics
            }
            return KeyRange.split(min, rs.getLong(2), n);
        }
    }

    private static List<String> unreadable(Connection c, List<PgTable> tables) throws SQLException {
        List<String> denied = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_catalog.has_table_privilege(?::pg_catalog.oid, 'SELECT')")) {
            for (PgTable t : tables) {
                ps.setLong(1, t.oid());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (!rs.getBoolean(1)) {
                        denied.add(t.name());
                    }
                }
            }
        }
        return denied;
    }

    private static PostgresSource cast(Source source) {
        if (source instanceof PostgresSource pg) {
            return pg;
        }
        throw new IllegalArgumentException("the postgres connector reads PostgresSource, got "
                + (source == null ? "null" : source.describe()));
    }

    @Override
    public String toString() {
        return "PostgresSourceProvider[" + options + "]";
    }
}
