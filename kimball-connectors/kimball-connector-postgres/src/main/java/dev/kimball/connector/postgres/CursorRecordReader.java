package dev.kimball.connector.postgres;

import dev.kimball.api.SourceException;
import dev.kimball.spi.RecordReader;
import dev.kimball.spi.SourceRecord;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Streams a SELECT through a server-side cursor: autocommit off and a fetch size make the driver fetch that many rows
 * per round trip instead of the whole result. Same strings as {@link CopyRecordReader} (text transfer, same session
 * settings, same {@link ValueForm}s). Owns its connection.
 */
final class CursorRecordReader implements RecordReader {
    private final Connection connection;
    private final Statement statement;
    private final ResultSet rs;
    private final List<String> header;
    private final ValueForm[] forms;
    private final String unitName;
    private final PgEndpoint endpoint;
    private final int fetchSize;
    private long rows;
    private long chars;
    private boolean done;

    private CursorRecordReader(Connection connection, Statement statement, ResultSet rs, PgTable table, String unitName,
                               PgEndpoint endpoint, int fetchSize) {
        this.connection = connection;
        this.statement = statement;
        this.rs = rs;
        this.header = table.header();
        this.forms = table.columns().stream().map(PgColumn::form).toArray(ValueForm[]::new);
        this.unitName = unitName;
        this.endpoint = endpoint;
        this.fetchSize = fetchSize;
    }

    /**
     * Opens the cursor on {@code connection} (in the transaction already begun there, if any), which the reader then
     * owns (and closes, also when opening fails).
     *
     * @throws SourceException translated from the server's answer, e.g. SOURCE_PERMISSION_DENIED
     */
    static CursorRecordReader start(Connection connection, String select, PgTable table, String unitName, PgEndpoint endpoint,
                                    int fetchSize) {
        try {
            connection.setAutoCommit(false); // a cursor lives in a transaction; the caller set it up read-only
            Statement s = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            s.setFetchSize(fetchSize);
            return new CursorRecordReader(connection, s, s.executeQuery(select), table, unitName, endpoint, fetchSize);
        } catch (SQLException e) {
            PgConnections.closeQuietly(connection);
            throw PgFailures.translate(e, "reading " + unitName, endpoint, null);
        }
    }

    @Override
    public List<String> header() {
        return header;
    }

    /** @throws SourceException when the server fails or the connection is lost mid-stream (the row number is named) */
    @Override
    public SourceRecord next() {
        if (done) {
            return null;
        }
        try {
            if (!rs.next()) {
                done = true;
                return null;
            }
            String[] values = new String[forms.length];
            for (int i = 0; i < values.length; i++) {
                String v = rs.getString(i + 1);
                if (v != null) {
                    chars += v.length() + 1;
                    if (forms[i] != ValueForm.AS_IS) {
                        v = forms[i].render(v);
                    }
                }
                values[i] = v;
            }
            return SourceRecord.row(values, ++rows);
        } catch (SQLException e) {
            done = true;
            throw PgFailures.translate(e, "reading " + unitName + " after row " + rows, endpoint, null);
        }
    }

    /** Characters of the values received (the driver does not expose bytes); close to bytes for mostly-ASCII data. */
    @Override
    public long bytesRead() {
        return chars;
    }

    @Override
    public String encoding() {
        return "UTF-8 (client_encoding)";
    }

    @Override
    public String dialect() {
        return "server-side cursor, fetchSize=" + fetchSize;
    }

    @Override
    public void close() {
        PgConnections.closeQuietly(rs);
        PgConnections.closeQuietly(statement);
        try {
            connection.rollback(); // read-only work: nothing to commit, and the cursor ends with the transaction
        } catch (SQLException ignored) {
            // the connection is closed next anyway
        }
        PgConnections.closeQuietly(connection);
    }

    @Override
    public String toString() {
        return "CursorRecordReader[" + unitName + ", rows=" + rows + "]";
    }
}
