package dev.kimball.connector.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kimball.connector.json.ColumnTree.Node;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Flattens one JSON object token by token. Nested objects become columns named by their path ({@code a.b.c});
 * arrays and empty objects become JSON text; strings their value; numbers their text exactly as written; booleans
 * {@code true}/{@code false}; {@code null} a null. In the header sample it registers the paths it meets; when reading
 * rows it fills the values of known columns and gathers fields the sample did not see for the extra column. It always
 * consumes the whole object, so a stream stays in step after a rejected object. Not thread-safe.
 */
final class Flattener {
    private enum Kind { STRING, NUMBER, BOOLEAN, NULL, JSON }

    private final ColumnTree tree;
    private final JsonText json;
    private final int extraColumn;
    private boolean collect;
    private String[] values;
    private int[] stamps;
    private int stamp;
    private String problem;
    private final List<String> extraNames = new ArrayList<>();
    private final List<Kind> extraKinds = new ArrayList<>();
    private final List<String> extraTexts = new ArrayList<>();
    private final Set<String> extraSeen = new HashSet<>();

    /** @param extraColumn the column for fields outside the header, or -1 when there is none */
    Flattener(ColumnTree tree, JsonText json, int extraColumn) {
        this.tree = tree;
        this.json = json;
        this.extraColumn = extraColumn;
    }

    /** Registers the column paths of the object at the parser's START_OBJECT (header sample). */
    void collect(JsonParser p) throws IOException {
        collect = true;
        fields(p, p.nextToken(), tree.root(), null);
    }

    /**
     * Fills {@code row} (sized to the header) from the object at the parser's START_OBJECT.
     *
     * @return null, or why the object cannot be a row (a field given twice, a field outside the header)
     */
    String read(JsonParser p, String[] row) throws IOException {
        collect = false;
        values = row;
        if (stamps == null || stamps.length != row.length) {
            stamps = new int[row.length];
        }
        stamp++;
        problem = null;
        extraNames.clear();
        extraKinds.clear();
        extraTexts.clear();
        extraSeen.clear();
        fields(p, p.nextToken(), tree.root(), null);
        if (problem == null && !extraNames.isEmpty()) {
            if (extraColumn < 0) {
                problem = "field '" + extraNames.get(0) + "' is not in the header (the file changed since its header was sampled?)";
            } else {
                row[extraColumn] = extras();
            }
        }
        return problem;
    }

    /** The fields of an object, {@code t} being the token after its START_OBJECT; ends on its END_OBJECT. */
    private void fields(JsonParser p, JsonToken t, Node node, String path) throws IOException {
        while (t == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            Node child = node == null ? null : collect ? node.childOrCreate(key) : node.child(key);
            String childPath = child != null ? child.name() : tree.join(path, key);
            value(p, p.nextToken(), child, childPath);
            t = p.nextToken();
        }
    }

    private void value(JsonParser p, JsonToken t, Node node, String path) throws IOException {
        switch (t) {
            case START_OBJECT -> {
                JsonToken first = p.nextToken();
                if (first == JsonToken.END_OBJECT) {
                    leaf(node, path, Kind.JSON, "{}");
                } else {
                    fields(p, first, node, path);
                }
            }
            case START_ARRAY -> {
                if (collect) {
                    p.skipChildren();
                    leaf(node, path, Kind.JSON, null);
                } else {
                    leaf(node, path, Kind.JSON, json.copy(p));
                }
            }
            case VALUE_STRING -> leaf(node, path, Kind.STRING, p.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> leaf(node, path, Kind.NUMBER, p.getText());
            case VALUE_TRUE -> leaf(node, path, Kind.BOOLEAN, "true");
            case VALUE_FALSE -> leaf(node, path, Kind.BOOLEAN, "false");
            case VALUE_NULL -> leaf(node, path, Kind.NULL, null);
            default -> throw new IOException("unexpected JSON token " + t + " for field '" + path + "'");
        }
    }

    private void leaf(Node node, String path, Kind kind, String text) {
        if (collect) {
            tree.addColumn(node);
            return;
        }
        int column = node == null ? -1 : node.column();
        if (column < 0) {
            if (!extraSeen.add(path)) {
                twice(path);
            }
            extraNames.add(path);
            extraKinds.add(kind);
            extraTexts.add(text);
            return;
        }
        if (stamps[column] == stamp) {
            twice(path);
            return;
        }
        stamps[column] = stamp;
        values[column] = text;
    }

    private void twice(String path) {
        if (problem == null) {
            problem = "field '" + path + "' appears twice in the object (a repeated key, or keys that flatten to the same name)";
        }
    }

    private String extras() throws IOException {
        JsonGenerator g = json.begin();
        g.writeStartObject();
        for (int i = 0; i < extraNames.size(); i++) {
            g.writeFieldName(extraNames.get(i));
            String text = extraTexts.get(i);
            switch (extraKinds.get(i)) {
                case STRING -> g.writeString(text);
                case NUMBER -> g.writeNumber(text);
                case BOOLEAN -> g.writeBoolean(text.equals("true"));
                case NULL -> g.writeNull();
                case JSON -> g.writeRawValue(text);
            }
        }
        g.writeEndObject();
        return json.finish(g);
    }
}
