package dev.kimball.cli.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * A deliberately independent, minimal RFC 4180 reader for the tests (doubled quotes, quoted line breaks, CR LF):
 * the generator's output is checked by code that shares nothing with the generator nor with the product's reader.
 */
final class TestingCsvParser {
    /** Records in order; {@code unterminated} tells whether the text ended inside a quoted field. */
    record Parsed(List<List<String>> records, boolean unterminated) {
    }

    private TestingCsvParser() {
    }

    static Parsed parse(String text, char delimiter) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
                fieldStarted = true;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                records.add(fields);
                fields = new ArrayList<>();
                field.setLength(0);
                fieldStarted = false;
            } else {
                field.append(c);
                fieldStarted = true;
            }
            i++;
        }
        if (quoted || fieldStarted || field.length() > 0) {
            fields.add(field.toString());
            records.add(fields);
        }
        return new Parsed(records, quoted);
    }
}
