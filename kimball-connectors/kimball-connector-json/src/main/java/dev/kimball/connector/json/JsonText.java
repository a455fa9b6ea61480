package dev.kimball.connector.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Writer;

/**
 * Compact JSON text: the value under a parser (arrays kept as JSON text) and objects of extra fields. Numbers are
 * copied as written ({@code 1.50}, {@code 1e3}), not re-rendered through double or BigDecimal. The buffer is reused.
 */
final class JsonText {
    private final JsonFactory factory;
    private final StringBuilder text = new StringBuilder(256);
    private final Writer writer = new Writer() {
        @Override
        public void write(char[] cbuf, int off, int len) {
            text.append(cbuf, off, len);
        }

        @Override
        public void write(String str, int off, int len) {
            text.append(str, off, off + len);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    JsonText(JsonFactory factory) {
        this.factory = factory;
    }

    /** Starts a new text; write to the returned generator, then call {@link #finish}. */
    JsonGenerator begin() throws IOException {
        text.setLength(0);
        return factory.createGenerator(writer);
    }

    String finish(JsonGenerator g) throws IOException {
        g.close();
        return text.toString();
    }

    /** The current value of {@code p} (an array, object or scalar) as compact JSON; leaves {@code p} on its last token. */
    String copy(JsonParser p) throws IOException {
        JsonGenerator g = begin();
        copyValue(p, g);
        return finish(g);
    }

    /** Copies the value at the parser's current token, iteratively (nesting depth is bounded by the parser only). */
    static void copyValue(JsonParser p, JsonGenerator g) throws IOException {
        int depth = 0;
        JsonToken t = p.currentToken();
        while (true) {
            switch (t) {
                case START_OBJECT -> {
                    g.writeStartObject();
                    depth++;
                }
                case END_OBJECT -> {
                    g.writeEndObject();
                    depth--;
                }
                case START_ARRAY -> {
                    g.writeStartArray();
                    depth++;
                }
                case END_ARRAY -> {
                    g.writeEndArray();
                    depth--;
                }
                case FIELD_NAME -> g.writeFieldName(p.currentName());
                case VALUE_STRING -> g.writeString(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> g.writeNumber(p.getText());
                case VALUE_TRUE -> g.writeBoolean(true);
                case VALUE_FALSE -> g.writeBoolean(false);
                case VALUE_NULL -> g.writeNull();
                default -> throw new IOException("unexpected JSON token " + t);
            }
            if (depth == 0) {
                return;
            }
            t = p.nextToken();
        }
    }
}
