package dev.kimball.core.warehouse.clickhouse;

import com.clickhouse.client.api.Client;
import com.clickhouse.client.api.command.CommandResponse;
import com.clickhouse.client.api.command.CommandSettings;
import com.clickhouse.client.api.data_formats.ClickHouseBinaryFormatReader;
import com.clickhouse.client.api.enums.Protocol;
import com.clickhouse.client.api.insert.InsertResponse;
import com.clickhouse.client.api.insert.InsertSettings;
import com.clickhouse.client.api.query.QueryResponse;
import com.clickhouse.client.api.query.QuerySettings;
import com.clickhouse.data.ClickHouseColumn;
import com.clickhouse.data.ClickHouseFormat;
import dev.kimball.api.TableRef;
import dev.kimball.core.warehouse.QueryLog;
import dev.kimball.spi.ColumnDef;
import dev.kimball.spi.FixedValue;
import dev.kimball.spi.Dialect;
import dev.kimball.spi.TableWriter;
import dev.kimball.spi.Warehouse;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A ClickHouse server reached over HTTP with {@code client-v2}. Layers are databases (see {@link ClickHouseUrl}).
 * Thread-safe: the client pools connections, and writers are opened per thread.
 *
 * <p>Every statement runs with {@code mutations_sync = 2} and, where the server has them,
 * {@code lightweight_deletes_sync = 2} (a count right after a delete never sees the deleted rows),
 * {@code async_insert = 0} (some builds, e.g. chDB's, enable it by default) and insert deduplication off: APPEND
 * tables keep a deduplication window for {@link ClickHouseTableWriter}'s batch tokens, and without a token the
 * server would silently drop an ad-hoc INSERT whose rows equal an earlier one's.
 */
final class ClickHouseWarehouse implements Warehouse {
    /** Every query with its duration, at DEBUG (logger {@code dev.kimball.query}). */
    static final List<String> LAYERS = List.of(TableRef.BRONZE, TableRef.SILVER, TableRef.GOLD, TableRef.METADATA);
    private static final List<String> OPTIONAL_SETTINGS = List.of("async_insert", "lightweight_deletes_sync",
            "deduplicate_insert", "deduplicate_insert_select");

    private final ClickHouseUrl url;
    private final Client client;
    private final ClickHouseDialect dialect;
    private final ClickHouseErrors errors;
    private final Map<String, String> statementSettings = new LinkedHashMap<>();
    private final Map<String, String> insertSettings = new LinkedHashMap<>();
    private final String serverVersion;
    private volatile boolean closed;

    private ClickHouseWarehouse(ClickHouseUrl url, Client client) {
        this.url = url;
        this.client = client;
        this.dialect = new ClickHouseDialect(url::database);
        this.errors = new ClickHouseErrors(url);
        statementSettings.put("mutations_sync", "2");
        List<Map<String, Object>> probe = query("SELECT version() AS version, arrayStringConcat(groupArray(name), ',') AS names"
                + " FROM system.settings WHERE name IN (" + String.join(", ", OPTIONAL_SETTINGS.stream().map(dialect::literal).toList())
                + ")");
        this.serverVersion = String.valueOf(probe.get(0).get("version"));
        Set<String> present = new HashSet<>(Arrays.asList(String.valueOf(probe.get(0).get("names")).split(",")));
        if (present.contains("async_insert")) {
            statementSettings.put("async_insert", "0");
            insertSettings.put("async_insert", "0");
        }
        if (present.contains("lightweight_deletes_sync")) {
            statementSettings.put("lightweight_deletes_sync", "2");
        }
        statementSettings.put("insert_deduplicate", "0");
        insertSettings.put("insert_deduplicate", "1");
        if (present.contains("deduplicate_insert")) { // 26.x: overrides insert_deduplicate
            statementSettings.put("deduplicate_insert", "disable");
            insertSettings.put("deduplicate_insert", "enable");
        }
        if (present.contains("deduplicate_insert_select")) {
            statementSettings.put("deduplicate_insert_select", "disable");
        }
    }

    /**
     * Connects and checks that the server answers.
     *
     * @throws dev.kimball.api.ConfigurationException if the URL is malformed
     * @throws dev.kimball.api.WarehouseException {@code WAREHOUSE_UNREACHABLE} if nothing answers at host:port,
     *         {@code WAREHOUSE_AUTHENTICATION} if the server refuses the user
     */
    static ClickHouseWarehouse open(String rawUrl) {
        ClickHouseUrl url = ClickHouseUrl.parse(rawUrl);
        Client.Builder builder = new Client.Builder()
                .addEndpoint(Protocol.HTTP, url.host(), url.port(), url.ssl())
                .setUsername(url.user())
                .setPassword(url.passwordSecret().map(s -> s.reveal()).orElse(""))
                .setConnectTimeout(5, ChronoUnit.SECONDS)
                .setMaxConnections(32)
                .setClientName("kimball");
        Client client;
        try {
            client = builder.build();
        } catch (RuntimeException e) {
            throw new ClickHouseErrors(url).translate(e, "connect");
        }
        try {
            return new ClickHouseWarehouse(url, client);
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
    }

    @Override
    public String kind() {
        return "clickhouse";
    }

    @Override
    public String url() {
        return url.display();
    }

    @Override
    public Dialect dialect() {
        return dialect;
    }

    String serverVersion() {
        return serverVersion;
    }

    @Override
    public void createLayers() {
        for (String layer : LAYERS) {
            execute(dialect.createDatabase(layer));
        }
    }

    /** Drops this warehouse's layer databases and everything in them (tests clean up their namespace with it). */
    void dropLayers() {
        for (String layer : LAYERS) {
            execute("DROP DATABASE IF EXISTS " + dialect.quote(url.database(layer)) + " SYNC");
        }
    }

    /** @throws dev.kimball.api.WarehouseException with the statement and the server's message */
    @Override
    public void execute(String sql) {
        QueryLog.timed(sql, () -> {
            run(sql);
            return null;
        });
    }

    @SuppressWarnings("try") // responses are closed to release the connection; their bodies are not needed
    private void run(String sql) {
        checkOpen();
        CommandSettings settings = new CommandSettings();
        statementSettings.forEach(settings::serverSetting);
        try (CommandResponse ignored = client.execute(sql, settings).get()) {
            // the response carries only counters
        } catch (Exception e) {
            throw errors.translate(e, sql);
        }
    }

    /** @throws dev.kimball.api.WarehouseException with the statement and the server's message */
    @Override
    @SuppressWarnings("try") // the client's close() may throw InterruptedException: handled by the catch
    public List<Map<String, Object>> query(String sql) {
        return QueryLog.timed(sql, () -> queryRows(sql));
    }

    private List<Map<String, Object>> queryRows(String sql) {
        checkOpen();
        QuerySettings settings = new QuerySettings().setFormat(ClickHouseFormat.RowBinaryWithNamesAndTypes);
        statementSettings.forEach(settings::serverSetting);
        try (QueryResponse response = client.query(sql, settings).get();
             ClickHouseBinaryFormatReader reader = client.newBinaryFormatReader(response)) {
            List<ClickHouseColumn> columns = reader.getSchema().getColumns();
            List<Map<String, Object>> rows = new ArrayList<>();
            while (reader.hasNext()) {
                reader.next();
                Map<String, Object> row = new LinkedHashMap<>(columns.size() * 2);
                for (int i = 0; i < columns.size(); i++) {
                    row.put(columns.get(i).getColumnName(), ResultValues.normalise(reader.readValue(i + 1)));
                }
                rows.add(row);
            }
            return rows;
        } catch (Exception e) {
            throw errors.translate(e, sql);
        }
    }

    @Override
    public boolean tableExists(TableRef table) {
        return queryLong("SELECT count() FROM system.tables WHERE database = " + dialect.literal(url.database(table.schema()))
                + " AND name = " + dialect.literal(table.name())) > 0;
    }

    @Override
    public List<String> columns(TableRef table) {
        List<String> names = new ArrayList<>();
        for (Map<String, Object> r : query("SELECT name FROM system.columns WHERE database = "
                + dialect.literal(url.database(table.schema())) + " AND table = " + dialect.literal(table.name())
                + " ORDER BY position")) {
            names.add((String) r.get("name"));
        }
        return names;
    }

    @Override
    public Map<String, List<String>> columnsOfLayer(String layer) {
        Map<String, List<String>> out = new java.util.TreeMap<>();
        for (Map<String, Object> r : query("SELECT table, name FROM system.columns WHERE database = "
                + dialect.literal(url.database(layer)) + " AND NOT startsWith(table, '.inner') ORDER BY table, position")) {
            out.computeIfAbsent((String) r.get("table"), t -> new ArrayList<>()).add((String) r.get("name"));
        }
        return out;
    }

    @Override
    public List<TableRef> tables(String layer) {
        List<TableRef> out = new ArrayList<>();
        for (Map<String, Object> r : query("SELECT name FROM system.tables WHERE database = "
                + dialect.literal(url.database(layer)) + " AND NOT startsWith(name, '.inner')")) {
            out.add(new TableRef(layer, (String) r.get("name")));
        }
        out.sort((a, b) -> a.name().compareTo(b.name()));
        return out;
    }

    /** @throws IllegalArgumentException if no columns are given */
    @Override
    public TableWriter openWriter(TableRef table, List<ColumnDef> columns, List<FixedValue> fixed) {
        checkOpen();
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a writer for " + table + " needs at least one column");
        }
        return new ClickHouseTableWriter(this, table, columns, fixed);
    }

    /** Sends one encoded batch as a single HTTP insert; the caller retries. */
    @SuppressWarnings("try") // responses are closed to release the connection; their bodies are not needed
    void insert(String target, RowBinaryEncoder batch, String deduplicationToken) throws Exception {
        checkOpen();
        InsertSettings settings = new InsertSettings();
        insertSettings.forEach(settings::serverSetting);
        settings.setDeduplicationToken(deduplicationToken);
        try (InsertResponse ignored = client.insert(target, batch::writeTo, ClickHouseFormat.RowBinary, settings).get()) {
            // counters only
        }
    }

    ClickHouseErrors errors() {
        return errors;
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the ClickHouse warehouse " + url.display() + " is closed");
        }
    }

    @Override
    public void close() {
        closed = true;
        client.close();
    }

    @Override
    public String toString() {
        return "ClickHouseWarehouse[" + url.display() + "]";
    }
}
