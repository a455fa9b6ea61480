package dev.kimball.connector.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.IOException;

/** How a JSON file holds its objects. */
enum Layout {
    /** One object per line; a bad line is rejected and reading goes on with the next. */
    LINES("JSON lines"),
    /** A top-level array of objects, streamed element by element. */
    ARRAY("JSON array"),
    /** Objects one after another, each possibly spread over many lines (a pretty-printed object, concatenated JSON). */
    DOCUMENTS("concatenated JSON objects"),
    /** Nothing but white space. */
    EMPTY("empty");

    /** The longest first line probed when deciding between {@link #LINES} and {@link #DOCUMENTS}. */
    private static final int PROBE = 1 << 20;

    private final String description;

    Layout(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }

    /**
     * Looks at the start of {@code in} (and resets it): a file named {@code .jsonl}/{@code .ndjson} is JSON lines;
     * otherwise {@code [} is an array, and {@code {} is JSON lines when the first line is one complete object, else
     * concatenated objects; nothing but white space is empty.
     *
     * @return the layout, or null when the first character cannot start JSON text (and lines are not forced)
     */
    static Layout detect(BufferedInputStream in, boolean linesByName, JsonFactory json) throws IOException {
        if (linesByName) {
            return LINES;
        }
        in.mark(PROBE + 1);
        int first;
        int skipped = 0;
        do {
            first = in.read();
        } while ((first == ' ' || first == '\t' || first == '\r' || first == '\n') && ++skipped < PROBE);
        in.reset();
        if (skipped >= PROBE) {
            // a megabyte of white space: let the streaming parser skip the rest
            return DOCUMENTS;
        }
        if (first < 0) {
            return EMPTY;
        }
        if (first == '[') {
            return ARRAY;
        }
        if (first != '{') {
            return null;
        }
        return firstLineIsObject(in, json) ? LINES : DOCUMENTS;
    }

    private static boolean firstLineIsObject(BufferedInputStream in, JsonFactory json) throws IOException {
        in.mark(PROBE + 1);
        byte[] line = new byte[PROBE];
        int n = 0;
        int b;
        while (n < PROBE && (b = in.read()) >= 0 && b != '\n') {
            line[n++] = (byte) b;
        }
        in.reset();
        try (JsonParser p = json.createParser(line, 0, n)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            p.skipChildren();
            return p.nextToken() == null;
        } catch (IOException e) {
            return false;
        }
    }
}
