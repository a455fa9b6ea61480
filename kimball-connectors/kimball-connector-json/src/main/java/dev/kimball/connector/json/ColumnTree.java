package dev.kimball.connector.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns found in the header sample, as a tree of object keys: the reader walks it key by key instead of joining
 * a name string per value. Different paths that flatten to the same name ({@code {"a.b":1}} and {@code {"a":{"b":2}}})
 * share one column. At most {@link #MAX_COLUMNS} columns; fields past that go to the extra column.
 */
final class ColumnTree {
    static final int MAX_COLUMNS = 2000;

    private final String separator;
    private final Node root = new Node(null);
    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> byName = new HashMap<>();
    private boolean full;

    ColumnTree(String separator) {
        this.separator = separator;
    }

    Node root() {
        return root;
    }

    /** Column names in first-seen order. */
    List<String> names() {
        return names;
    }

    /** Whether some field was left out because the tree reached {@link #MAX_COLUMNS}. */
    boolean full() {
        return full;
    }

    /** Makes {@code node} a column (if it is not one yet and there is room). */
    void addColumn(Node node) {
        if (node.column >= 0) {
            return;
        }
        Integer existing = byName.get(node.name);
        if (existing != null) {
            node.column = existing;
        } else if (names.size() < MAX_COLUMNS) {
            node.column = names.size();
            names.add(node.name);
            byName.put(node.name, node.column);
        } else {
            full = true;
        }
    }

    String join(String parent, String key) {
        return parent == null ? key : parent + separator + key;
    }

    /** One object key at one nesting path: a column when a scalar, array or empty object was seen there. */
    final class Node {
        private final String name;
        private Map<String, Node> children;
        private int column = -1;

        private Node(String name) {
            this.name = name;
        }

        /** The flattened name, e.g. {@code a.b.c}; null for the root. */
        String name() {
            return name;
        }

        /** The column index, or -1 when the sample saw no value here. */
        int column() {
            return column;
        }

        Node child(String key) {
            return children == null ? null : children.get(key);
        }

        Node childOrCreate(String key) {
            if (children == null) {
                children = new HashMap<>();
            }
            Node c = children.get(key);
            if (c == null) {
                c = new Node(join(name, key));
                children.put(key, c);
            }
            return c;
        }
    }
}
