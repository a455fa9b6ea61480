package dev.kimball.connector.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;

/** JSON lines: every non-blank line is parsed on its own, so a bad line is rejected and the next one read. */
final class LineObjects implements ObjectSource {
    private final JsonFactory factory;
    private final InputStream in;
    private final LineReader lines;
    private JsonParser parser;
    private String reject;

    LineObjects(JsonFactory factory, InputStream in) {
        this.factory = factory;
        this.in = in;
        this.lines = new LineReader(in);
    }

    @Override
    public boolean next() throws IOException {
        closeParser();
        reject = null;
        do {
            if (!lines.next()) {
                return false;
            }
        } while (lines.isBlank());
        if (lines.tooLongPrefix() != null) {
            reject = "line longer than " + (LineReader.MAX_LINE >> 20) + " MiB (raw text cut to its start)";
            return true;
        }
        JsonParser p = factory.createParser(lines.buffer(), lines.lineStart(), lines.lineLength());
        try {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT) {
                parser = p;
                return true;
            }
            reject = "the line is " + kind(t) + ", expected a JSON object";
        } catch (JsonProcessingException e) {
            reject = "invalid JSON: " + ObjectSource.describe(e, false);
        }
        p.close();
        return true;
    }

    static String kind(JsonToken t) {
        return switch (t) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> String.valueOf(t);
        };
    }

    @Override
    public JsonParser object() {
        return parser;
    }

    @Override
    public String rejectReason() {
        return reject;
    }

    @Override
    public long number() {
        return lines.lineNumber();
    }

    @Override
    public String afterObject() throws IOException {
        try {
            JsonToken t = parser.nextToken();
            return t == null ? null : "unexpected content after the object at column " + parser.currentTokenLocation().getColumnNr();
        } catch (JsonProcessingException e) {
            return "unexpected content after the object: " + ObjectSource.describe(e, false);
        }
    }

    @Override
    public String raw() {
        return lines.text();
    }

    @Override
    public String invalid(JsonProcessingException e) {
        return "invalid JSON: " + ObjectSource.describe(e, false);
    }

    private void closeParser() throws IOException {
        if (parser != null) {
            parser.close();
            parser = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeParser();
        in.close();
    }
}
