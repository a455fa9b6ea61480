package dev.kimball.connector.parquet;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.kimball.api.SourceException;
import dev.kimball.spi.RecordReader;
import dev.kimball.spi.SeekableInput;
import dev.kimball.spi.SourceRecord;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.filter2.compat.FilterCompat;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

/**
 * Streams the rows of one Parquet file, one row group at a time: memory is bounded by the largest row group's
 * compressed column chunks plus one decompressed page per column (Parquet's reader holds a row group's chunks), not by
 * the file. Row numbers ({@link SourceRecord#line()}) count from 1 across row groups. A row with a value outside its
 * type's range is rejected with the column and the reason; the raw text of a reject is the row's values as a JSON
 * object. Not thread-safe.
 */
final class ParquetRowReader implements RecordReader {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final String name;
    private final StoredInputFile input;
    private final ParquetFileReader reader;
    private final MessageColumnIO columnIo;
    private final RowMaterializer materializer;
    private final List<String> header;
    private final int rowGroups;
    private org.apache.parquet.io.RecordReader<String[]> rows;
    private long rowsLeftInGroup;
    private int rowGroup;
    private long row;
    private boolean done;

    private ParquetRowReader(String name, StoredInputFile input, ParquetFileReader reader) {
        this.name = name;
        this.input = input;
        this.reader = reader;
        MessageType schema = reader.getFooter().getFileMetaData().getSchema();
        this.columnIo = new ColumnIOFactory().getColumnIO(schema);
        this.materializer = new RowMaterializer(schema);
        List<String> names = new ArrayList<>(schema.getFieldCount());
        for (Type field : schema.getFields()) {
            names.add(field.getName());
        }
        this.header = List.copyOf(names);
        this.rowGroups = reader.getRowGroups().size();
    }

    /**
     * Opens the file and reads its footer; the seekable input is closed with the reader (or here, on failure).
     *
     * @throws SourceException SOURCE_FORMAT when the bytes are not a readable Parquet file (no {@code PAR1} magic,
     *                         corrupt footer, encrypted); SOURCE_READ_FAILED when the storage fails
     */
    static ParquetRowReader open(String name, SeekableInput seekable) {
        StoredInputFile input = null;
        try {
            input = new StoredInputFile(seekable);
            ParquetFileReader reader = ParquetFileReader.open(input, ParquetReadOptions.builder().build());
            return new ParquetRowReader(name, input, reader);
        } catch (IOException e) {
            closeQuietly(input, seekable, e);
            throw new SourceException("SOURCE_READ_FAILED", "cannot read Parquet file " + name + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(input, seekable, e);
            throw new SourceException("SOURCE_FORMAT", name + " is not a readable Parquet file (" + e.getMessage()
                    + "); check that it is a complete .parquet file and not encrypted", e);
        }
    }

    @Override
    public List<String> header() {
        return header;
    }

    /**
     * @throws SourceException SOURCE_READ_FAILED when the storage fails, SOURCE_FORMAT when a row group cannot be
     *                         decoded (corrupt pages, unsupported codec), naming the file, row group and row
     */
    @Override
    public SourceRecord next() {
        try {
            while (rowsLeftInGroup == 0) {
                PageReadStore store = reader.readNextRowGroup();
                if (store == null) {
                    done = true;
                    return null;
                }
                rowGroup++;
                rows = columnIo.getRecordReader(store, materializer, FilterCompat.NOOP);
                rowsLeftInGroup = store.getRowCount();
            }
            String[] values = rows.read();
            rowsLeftInGroup--;
            row++;
            String problem = materializer.problem();
            if (problem != null) {
                return SourceRecord.reject(row, rawJson(values), problem);
            }
            return SourceRecord.row(values, row);
        } catch (IOException e) {
            throw new SourceException("SOURCE_READ_FAILED", "reading Parquet file " + name + " failed in row group "
                    + rowGroup + " of " + rowGroups + " (after row " + row + "): " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new SourceException("SOURCE_FORMAT", "cannot decode Parquet file " + name + " in row group " + rowGroup
                    + " of " + rowGroups + " (after row " + row + "): " + e.getMessage(), e);
        }
    }

    private String rawJson(String[] values) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartObject();
            for (int i = 0; i < values.length; i++) {
                g.writeStringField(header.get(i), values[i]);
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** Row groups in the file. */
    int rowGroups() {
        return rowGroups;
    }

    @Override
    public long bytesRead() {
        return done ? input.length() : input.bytesRead();
    }

    @Override
    public String encoding() {
        return "UTF-8 (Parquet strings)";
    }

    @Override
    public String dialect() {
        return "";
    }

    /**
     * @throws SourceException SOURCE_READ_FAILED when closing the storage input fails
     */
    @Override
    public void close() {
        try {
            reader.close();
            input.close();
        } catch (IOException e) {
            throw new SourceException("SOURCE_READ_FAILED", "cannot close Parquet file " + name + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(StoredInputFile input, SeekableInput seekable, Exception failure) {
        try {
            if (input != null) {
                input.close();
            } else {
                seekable.close();
            }
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }
}
