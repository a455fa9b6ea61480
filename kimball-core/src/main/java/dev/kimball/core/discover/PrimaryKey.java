package dev.kimball.core.discover;

import dev.kimball.api.TableRef;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A candidate key of a bronze table: columns that are non-null and together unique in every row of the full table
 * (counted exactly in the warehouse, never estimated from a sample), and minimal (no proper subset is unique).
 *
 * @param table     the table
 * @param columns   the key columns, one to three of them for discovered keys (declared keys may have more)
 * @param surrogate whether the key looks generated (a single integer or UUID identifier) rather than natural
 *                  (codes, dates, composite business keys)
 * @param reason    a human explanation: the evidence, and why this key is ranked where it is
 */
public record PrimaryKey(TableRef table, List<String> columns, boolean surrogate, String reason) {
    public PrimaryKey {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(reason, "reason");
        columns = List.copyOf(columns);
        if (columns.isEmpty() || new HashSet<>(columns).size() != columns.size()) {
            throw new IllegalArgumentException("a key of " + table + " needs distinct columns, not " + columns);
        }
    }

    /** Whether the key has more than one column. */
    public boolean composite() {
        return columns.size() > 1;
    }
}
