package dev.kimball.connector.postgres;

import dev.kimball.api.SourceException;
import dev.kimball.spi.RecordReader;
import dev.kimball.spi.SourceRecord;
import dev.kimball.spi.TextRows;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;

/**
 * Streams {@code COPY (SELECT ...) TO STDOUT} in text format. The server sends one protocol message per row and the
 * driver hands over one message at a time, so memory holds one row, whatever the table size. Owns its connection.
 */
final class CopyRecordReader implements RecordReader {
    private final Connection connection;
    private final CopyOut copy;
    private final List<String> header;
    private final ValueForm[] forms;
    private final String unitName;
    private final PgEndpoint endpoint;
    private final CopyTextRow parser = new CopyTextRow();
    private long rows;
    private long bytes;
    private boolean done;

    private CopyRecordReader(Connection connection, CopyOut copy, PgTable table, String unitName, PgEndpoint endpoint) {
        this.connection = connection;
        this.copy = copy;
        this.header = table.header();
        this.forms = table.columns().stream().map(PgColumn::form).toArray(ValueForm[]::new);
        this.unitName = unitName;
        this.endpoint = endpoint;
    }

    /**
     * Starts the COPY on {@code connection}, which the reader then owns (and closes, also when starting fails).
     *
     * @throws SourceException translated from the server's answer, e.g. SOURCE_PERMISSION_DENIED
     */
    static CopyRecordReader start(Connection connection, String select, PgTable table, String unitName, PgEndpoint endpoint) {
        try {
            CopyOut copy = connection.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY (" + select + ") TO STDOUT");
            return new CopyRecordReader(connection, copy, table, unitName, endpoint);
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
        byte[] row = readRow();
        if (row == null) {
            return null;
        }
        String[] values = new String[forms.length];
        checkFields(parser.parse(row, values));
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null && forms[i] != ValueForm.AS_IS) {
                values[i] = forms[i].render(values[i]);
            }
        }
        return SourceRecord.row(values, rows);
    }

    /**
     * The packed path: each row's fields go from the server's message into {@code rows} as bytes (see
     * {@link CopyTextRow#parseInto}). COPY output has no rejects.
     *
     * @throws SourceException as {@link #next()}
     */
    @Override
    public int readText(TextRows rows, int maxRows, List<SourceRecord> rejects, int maxRejects) {
        int read = 0;
        while (!done && rows.size() < maxRows) {
            byte[] row = readRow();
            if (row == null) {
                break;
            }
            int fields = parser.parseInto(row, rows, forms);
            checkFields(fields);
            rows.endRow(this.rows);
            read++;
        }
        return read;
    }

    /** The next message of the COPY, or null at its end. */
    private byte[] readRow() {
        byte[] row;
        try {
            row = copy.readFromCopy();
        } catch (SQLException e) {
            done = true;
            throw PgFailures.translate(e, "reading " + unitName + " after row " + rows, endpoint, null);
        }
        if (row == null) {
            done = true;
            return null;
        }
        bytes += row.length;
        rows++;
        return row;
    }

    private void checkFields(int fields) {
        if (fields != forms.length) {
            // cannot happen with a well-behaved server; a silent shift of values would be worse than stopping
            throw new SourceException("SOURCE_READ_FAILED", "reading " + unitName + ": row " + rows + " has " + fields
                    + " fields, the table has " + forms.length + " columns");
        }
    }

    @Override
    public long bytesRead() {
        return bytes;
    }

    @Override
    public String encoding() {
        return "UTF-8 (client_encoding)";
    }

    @Override
    public String dialect() {
        return "COPY TO STDOUT text format";
    }

    @Override
    public void close() {
        if (copy.isActive()) {
            try {
                copy.cancelCopy(); // stops the server sending the rest of a table nobody will read
            } catch (SQLException ignored) {
                // the connection is closed next anyway
            }
        }
        PgConnections.closeQuietly(connection);
    }

    @Override
    public String toString() {
        return "CopyRecordReader[" + unitName + ", rows=" + rows + "]";
    }
}
