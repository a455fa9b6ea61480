package dev.kimball.connector.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;

/**
 * A top-level array of objects, or objects one after another, read with one streaming parser: only the current object
 * is in memory. An element that is not an object is rejected; invalid JSON ends the file's reading with an error,
 * because no parser can find where the next object starts after a syntax error.
 */
final class StreamObjects implements ObjectSource {
    private final RecordingInputStream in;
    private final JsonParser parser;
    private final boolean array;
    private final JsonText json;
    private boolean inArray;
    private boolean ended;
    private long line;
    private long column;
    private long start;
    private String reject;
    private String rejectRaw;
    private long element;

    StreamObjects(JsonFactory factory, InputStream utf8, boolean array, JsonText json) throws IOException {
        this.in = new RecordingInputStream(utf8);
        this.parser = factory.createParser(in);
        this.array = array;
        this.json = json;
    }

    @Override
    public boolean next() throws IOException {
        reject = null;
        rejectRaw = null;
        if (ended) {
            return false;
        }
        if (array && !inArray) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_ARRAY) {
                throw new JsonParseException(parser, "expected '[' to start the array, found " + first);
            }
            inArray = true;
        }
        JsonToken t = parser.nextToken();
        if (t == null || array && t == JsonToken.END_ARRAY) {
            ended = true;
            if (array) {
                JsonToken after = parser.nextToken();
                if (after != null) {
                    throw new JsonParseException(parser, "unexpected " + after + " after the closing ']' of the array");
                }
            }
            return false;
        }
        element++;
        line = parser.currentTokenLocation().getLineNr();
        column = parser.currentTokenLocation().getColumnNr();
        start = parser.currentTokenLocation().getByteOffset();
        in.startAt(start);
        if (t != JsonToken.START_OBJECT) {
            reject = (array ? "array element " + element : "top-level value " + element) + " (line " + line + ", column "
                    + column + ") is " + LineObjects.kind(t) + ", expected a JSON object";
            rejectRaw = json.copy(parser);
        }
        return true;
    }

    @Override
    public JsonParser object() {
        return reject == null ? parser : null;
    }

    @Override
    public String rejectReason() {
        return reject;
    }

    @Override
    public long number() {
        return element;
    }

    @Override
    public String afterObject() {
        return null;
    }

    @Override
    public String where() {
        return " (" + (array ? "array element " : "object ") + element + " at line " + line + ", column " + column + ")";
    }

    @Override
    public String raw() {
        return rejectRaw != null ? rejectRaw : in.text(start, parser.currentLocation().getByteOffset());
    }

    @Override
    public String invalid(JsonProcessingException e) throws JsonProcessingException {
        throw e;
    }

    @Override
    public void close() throws IOException {
        parser.close();
        in.close();
    }
}
