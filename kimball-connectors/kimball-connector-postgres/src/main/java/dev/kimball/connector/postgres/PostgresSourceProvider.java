package dev.kimball.connector.postgres;

import dev.kimball.api.ConfigurationException;
import dev.kimball.api.PostgresSource;
import dev.kimball.api.Source;
import dev.kimball.api.SourceException;
import dev.kimball.spi.DeclaredKey;
import dev.kimball.spi.SourceProvider;
import dev.kimball.spi.SourceUnit;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The PostgreSQL connector: one {@link SourceUnit} per table of a {@link PostgresSource}, or several for a large table
 * with a single-column integer primary key (key ranges the engine may read in parallel; all ranges of a table carry
 * the table name as {@code tableHint} and belong in one bronze table). Registered in
 * {@code META-INF/services/dev.kimball.spi.SourceProvider}.
 *
 * <p>Values are exact strings: see {@link PgColumn} and {@link ValueForm} for each type. Besides the SPI it offers
 * {@link #keys} (declared keys, for Discover; also through the SPI as {@link #declaredKeys}) and {@link #test} (a connection check that says what is wrong).
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
     * Lists the tables (and the key range bounds of large ones). One short connection; no rows are read. The key
     * ranges of one table share a {@link SharedSnapshot} (exported when the first range opens, released by
     * {@link SourceUnit#release()} or when every range was read).
     *
     * @throws SourceException        SOURCE_NOT_FOUND (schema, named table or database missing: the message lists what
     *                                exists), SOURCE_UNREACHABLE, SOURCE_AUTH_FAILED; {@link IllegalArgumentException}
     *                                when the source is not a {@link PostgresSource}
     * @throws ConfigurationException (POSTGRES_CURSOR_COLUMN) when the source has a cursor column that a table lacks
     *                                (the message names the tables and column, and the tables that have it) or whose
     *                                type is not a number, date/time or text
     */
    @Override
    public List<SourceUnit> units(Source source) {
        PostgresSource pg = cast(source);
        PgEndpoint endpoint = PgEndpoint.of(pg.url());
        try (Connection c = PgConnections.open(pg, endpoint, CATALOG_TIMEOUT)) {
            List<PgTable> tables = TableCatalog.list(c, pg, endpoint);
            Map<PgTable, PgColumn> cursors = cursors(pg, tables, endpoint);
            List<SourceUnit> units = new ArrayList<>();
            for (PgTable t : tables) {
                List<KeyRange> ranges = ranges(c, t);
                PgColumn cursor = cursors.get(t);
                if (ranges.size() <= 1) {
                    units.add(new PgTableUnit(pg, endpoint, t, null, 1, 1, options, cursor, null));
                } else {
                    SharedSnapshot snapshot = new SharedSnapshot(pg, endpoint, t, cursor, ranges.size(), options.readTimeout());
                    for (int i = 0; i < ranges.size(); i++) {
                        units.add(new PgTableUnit(pg, endpoint, t, ranges.get(i), i + 1, ranges.size(), options, cursor, snapshot));
                    }
                }
            }
            return units;
        } catch (SQLException e) {
            throw PgFailures.translate(e, "listing tables of " + endpoint.display() + "/" + pg.schema(), endpoint, null);
        }
    }

    /**
     * The declared keys of {@link #keys} in the SPI's terms: tables and columns by their PostgreSQL names (the units'
     * table hints and headers); a foreign key to a table outside the source (another schema, or a table not named in
     * {@link PostgresSource#tables}) has no referenced table hint.
     *
     * @throws SourceException as {@link #units}
     */
    @Override
    public List<DeclaredKey> declaredKeys(Source source) {
        PostgresSource pg = cast(source);
        PgEndpoint endpoint = PgEndpoint.of(pg.url());
        PostgresKeys keys;
        Set<String> tables = new HashSet<>();
        try (Connection c = PgConnections.open(pg, endpoint, CATALOG_TIMEOUT)) {
            List<PgTable> listed = TableCatalog.list(c, pg, endpoint);
            listed.forEach(t -> tables.add(t.name()));
            keys = KeyCatalog.read(c, pg.schema(), listed);
        } catch (SQLException e) {
            throw PgFailures.translate(e, "reading keys of " + endpoint.display() + "/" + pg.schema(), endpoint, null);
        }
        List<DeclaredKey> out = new ArrayList<>();
        keys.primaryKeys().forEach(k -> out.add(DeclaredKey.primaryKey(k.table(), k.constraint(), k.columns())));
        keys.uniqueKeys().forEach(k -> out.add(DeclaredKey.unique(k.table(), k.constraint(), k.columns())));
        for (PostgresKeys.ForeignKey f : keys.foreignKeys()) {
            boolean inSource = f.referencedSchema().equals(pg.schema()) && tables.contains(f.referencedTable());
            out.add(DeclaredKey.foreignKey(f.table(), f.constraint(), f.columns(), inSource ? f.referencedTable() : null,
                    f.referencedColumns()));
        }
        return out;
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

    /** Each table's cursor column (none without {@link PostgresSource#cursorColumn}); the column as for table names. */
    private static Map<PgTable, PgColumn> cursors(PostgresSource pg, List<PgTable> tables, PgEndpoint endpoint) {
        Map<PgTable, PgColumn> out = new HashMap<>();
        if (pg.cursorColumn().isEmpty()) {
            return out;
        }
        String wanted = pg.cursorColumn().get();
        List<String> missing = new ArrayList<>();
        List<String> having = new ArrayList<>();
        for (PgTable t : tables) {
            PgColumn col = column(t, wanted).or(() -> column(t, wanted.toLowerCase(Locale.ROOT))).orElse(null);
            if (col == null) {
                missing.add(t.name());
                continue;
            }
            if ("NDS".indexOf(col.category()) < 0) {
                throw new ConfigurationException("POSTGRES_CURSOR_COLUMN", "cursor column " + col.name() + " of table "
                        + t.qualifiedName() + " in " + endpoint.display() + " has type " + col.sqlType() + ", whose values "
                        + "do not grow; choose a number, date/time or text column (e.g. updated_at or a sequence id)");
            }
            having.add(t.name());
            out.put(t, col);
        }
        if (!missing.isEmpty()) {
            throw new ConfigurationException("POSTGRES_CURSOR_COLUMN", (missing.size() == 1 ? "table " : "tables ")
                    + TableCatalog.shortList(missing) + " of schema " + pg.schema() + " in " + endpoint.display()
                    + (missing.size() == 1 ? " has" : " have") + " no cursor column " + wanted + "; tables that have it: "
                    + TableCatalog.shortList(having) + ". Name those with .tables(...), or load the others without "
                    + ".cursorColumn(...)");
        }
        return out;
    }

    private static Optional<PgColumn> column(PgTable t, String name) {
        return t.columns().stream().filter(c -> c.name().equals(name)).findFirst();
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
