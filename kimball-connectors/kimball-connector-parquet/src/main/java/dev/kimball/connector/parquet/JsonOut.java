package dev.kimball.connector.parquet;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.kimball.connector.parquet.ValueFormat.JsonKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The JSON text of one nested column of the current row. A new generator per value keeps a failure in one row from
 * leaving the next row's text half-written; the character buffer is reused.
 */
final class JsonOut {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final StringBuilder text = new StringBuilder(128);
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
    private JsonGenerator generator;

    /** Starts a new value. */
    void begin() {
        text.setLength(0);
        try {
            generator = FACTORY.createGenerator(writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of the value written since {@link #begin()}. */
    String finish() {
        try {
            generator.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    void startObject() {
        try {
            generator.writeStartObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void endObject() {
        try {
            generator.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void startArray() {
        try {
            generator.writeStartArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void endArray() {
        try {
            generator.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void fieldName(String name) {
        try {
            generator.writeFieldName(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void nullValue() {
        try {
            generator.writeNull();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a leaf value: numbers and booleans as JSON literals (NaN and infinities as strings), the rest as strings. */
    void value(JsonKind kind, String value) {
        try {
            if (value == null) {
                generator.writeNull();
            } else if (kind == JsonKind.NUMBER && !value.equals("NaN") && !value.endsWith("Infinity")) {
                generator.writeNumber(value);
            } else if (kind == JsonKind.BOOLEAN) {
                generator.writeBoolean(value.equals("true"));
            } else {
                generator.writeString(value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
