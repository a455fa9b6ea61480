package dev.kimball.connector.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.kimball.api.SourceException;
import dev.kimball.spi.RecordReader;
import dev.kimball.spi.SourceRecord;
import dev.kimball.spi.StoredFile;
import java.io.CharConversionException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one JSON file as rows, in two passes over the file so the header is known before the first row:
 * <ol>
 *   <li>the header sample: the first {@value #SAMPLE_OBJECTS} objects or {@value #SAMPLE_BYTES} bytes, whichever comes
 *       first, give the columns in first-seen order (nested names joined with the source's separator);</li>
 *   <li>the rows, streamed from a fresh stream of the file.</li>
 * </ol>
 * <b>Fields first seen after the sample</b> are not lost and do not reject their row: when the sample did not reach
 * the end of the file, the header ends with one extra column, {@code _extra} ({@code _extra_2}... if the file has a
 * field of that name), holding a JSON object of such fields per row ({@code {"late.field":"x"}}), null when a row has
 * none. A file read whole by its sample has no extra column. Past {@value ColumnTree#MAX_COLUMNS} columns, further
 * fields go to the extra column too.
 * <p>Record numbers ({@link SourceRecord#line()}) are line numbers for JSON lines and object positions (1, 2, 3...)
 * for arrays and concatenated objects, whose objects may share a line; their rejects name the line and column.
 * A field missing from an object is null. A row is rejected (raw text, reason, line) when its line is not valid
 * JSON or not an object (JSON lines), when an array element is not an object, or when a field appears twice in one
 * object (a repeated key, or {@code "a.b"} next to {@code "a":{"b":..}}). Invalid JSON inside an array or concatenated
 * objects ends reading with SOURCE_FORMAT (no parser can resynchronise there). Nesting deeper than 1000 levels,
 * numbers over 1000 digits and strings over 20M characters are invalid JSON (Jackson's limits). Not thread-safe.
 */
final class JsonRecordReader implements RecordReader {
    static final int SAMPLE_OBJECTS = 10_000;
    static final long SAMPLE_BYTES = 16L << 20;
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final String name;
    private final JsonInput input;
    private final ObjectSource objects;
    private final Flattener flattener;
    private final List<String> header;
    private final String dialect;
    private long rows;

    private JsonRecordReader(String name, JsonInput input, ObjectSource objects, Flattener flattener, List<String> header,
            String dialect) {
        this.name = name;
        this.input = input;
        this.objects = objects;
        this.flattener = flattener;
        this.header = header;
        this.dialect = dialect;
    }

    /**
     * Samples the header, then opens the file again for the rows.
     *
     * @throws SourceException SOURCE_FORMAT when the file does not start like JSON or its encoding is broken;
     *                         SOURCE_READ_FAILED when the storage fails; SOURCE_NOT_FOUND when the file vanished
     */
    static JsonRecordReader open(StoredFile file, String separator, boolean linesByName) {
        String name = file.name();
        ColumnTree tree = new ColumnTree(separator);
        Layout layout;
        boolean whole;
        int sampled;
        try (JsonInput in = JsonInput.open(file.open())) {
            layout = detect(in, name, linesByName);
            JsonText text = new JsonText(JSON);
            Flattener collector = new Flattener(tree, text, -1);
            sampled = 0;
            whole = true;
            try (ObjectSource objects = source(layout, in, text)) {
                while (objects != null) {
                    boolean more = objects.next();
                    if (more && (sampled >= SAMPLE_OBJECTS || in.bytesRead() >= SAMPLE_BYTES)) {
                        whole = false;
                    }
                    if (!more || !whole) {
                        break;
                    }
                    JsonParser p = objects.object();
                    if (p != null) {
                        try {
                            collector.collect(p);
                            sampled++;
                        } catch (JsonProcessingException e) {
                            if (!(objects instanceof LineObjects)) {
                                throw e;
                            }
                            // a bad line: the rows pass rejects it
                        }
                    }
                }
            } catch (JsonProcessingException e) {
                // invalid JSON in a stream: the rows pass stops at the same place and reports it
            }
        } catch (IOException e) {
            throw failure(name, e, 0);
        }
        List<String> header = new ArrayList<>(tree.names());
        int extra = -1;
        if (!whole || tree.full()) {
            extra = header.size();
            header.add(extraName(tree.names()));
        }
        String dialect = layout.description() + ", nested names joined with '" + separator + "', header from " + sampled
                + (sampled == 1 ? " object" : " objects") + (whole ? " (the whole file)" : " (fields first seen later go to "
                + header.get(extra) + ")");
        JsonInput in = null;
        try {
            in = JsonInput.open(file.open());
            detect(in, name, linesByName);
            JsonText text = new JsonText(JSON);
            ObjectSource objects = source(layout, in, text);
            return new JsonRecordReader(name, in, objects, new Flattener(tree, text, extra), List.copyOf(header), dialect);
        } catch (IOException e) {
            closeQuietly(in, e);
            throw failure(name, e, 0);
        }
    }

    private static Layout detect(JsonInput in, String name, boolean linesByName) throws IOException {
        Layout layout = Layout.detect(in.utf8(), linesByName, JSON);
        if (layout == null) {
            in.utf8().mark(1);
            int b = in.utf8().read();
            throw new SourceException("SOURCE_FORMAT", name + " does not look like JSON: it starts with "
                    + (b >= 0x20 && b < 0x7F ? "'" + (char) b + "'" : String.format("byte 0x%02x", b))
                    + " where '{' or '[' was expected (" + in.encoding() + "); name it .jsonl to read it line by line");
        }
        return layout;
    }

    private static ObjectSource source(Layout layout, JsonInput in, JsonText text) throws IOException {
        return switch (layout) {
            case LINES -> new LineObjects(JSON, in.utf8());
            case ARRAY -> new StreamObjects(JSON, in.utf8(), true, text);
            case DOCUMENTS -> new StreamObjects(JSON, in.utf8(), false, text);
            case EMPTY -> null;
        };
    }

    private static String extraName(List<String> names) {
        String n = "_extra";
        for (int i = 2; names.contains(n); i++) {
            n = "_extra_" + i;
        }
        return n;
    }

    @Override
    public List<String> header() {
        return header;
    }

    /**
     * @throws SourceException SOURCE_FORMAT for invalid JSON in an array or concatenated objects, or broken UTF-16/32
     *                         (naming line and column); SOURCE_READ_FAILED when the storage fails
     */
    @Override
    public SourceRecord next() {
        if (objects == null) {
            return null;
        }
        try {
            if (!objects.next()) {
                return null;
            }
            JsonParser p = objects.object();
            if (p == null) {
                return SourceRecord.reject(objects.number(), objects.raw(), objects.rejectReason());
            }
            String[] values = new String[header.size()];
            String problem;
            try {
                problem = flattener.read(p, values);
            } catch (JsonProcessingException e) {
                problem = objects.invalid(e);
            }
            if (problem == null) {
                problem = objects.afterObject();
            }
            if (problem != null) {
                return SourceRecord.reject(objects.number(), objects.raw(), problem + objects.where());
            }
            rows++;
            return SourceRecord.row(values, objects.number());
        } catch (IOException e) {
            throw failure(name, e, rows);
        }
    }

    private static SourceException failure(String name, IOException e, long rows) {
        String after = rows > 0 ? "; " + rows + " rows were read before it" : "";
        if (e instanceof JsonProcessingException j) {
            return new SourceException("SOURCE_FORMAT", "invalid JSON in " + name + ": " + ObjectSource.describe(j, true)
                    + after + "; fix the file or split it into JSON lines so bad records can be rejected one by one", e);
        }
        if (e instanceof CharacterCodingException || e instanceof CharConversionException) {
            return new SourceException("SOURCE_FORMAT", name + " is not valid in its encoding: " + e + after, e);
        }
        return new SourceException("SOURCE_READ_FAILED", "cannot read " + name + ": " + e.getMessage() + after, e);
    }

    @Override
    public long bytesRead() {
        return input.bytesRead();
    }

    @Override
    public String encoding() {
        return input.encoding();
    }

    @Override
    public String dialect() {
        return dialect;
    }

    /**
     * @throws SourceException SOURCE_READ_FAILED when closing the stream fails
     */
    @Override
    public void close() {
        try {
            if (objects != null) {
                objects.close();
            }
            input.close();
        } catch (IOException e) {
            throw new SourceException("SOURCE_READ_FAILED", "cannot close " + name + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(JsonInput in, Exception failure) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
    }
}
