package dev.kimball.core.discover;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses relationships for a whole schema together rather than pair by pair: of two verified candidates that
 * reference each other (two tables' keys holding the same values) only the better direction is kept, and each child
 * column set references at most one parent, the best by declaration, confidence, name, coverage, the parent's primary
 * rather than an alternate key, and the smaller (more dimension-like) parent. A join to a parent's alternate key is
 * kept only when the child does not already reference that parent through its primary key, and the alternate key
 * looks like an identifier ({@code dealers.city}, unique in a small table, is not a key customers join on).
 */
final class RelationshipSelection {
    /** Best first. */
    static final Comparator<Scored> BETTER = Comparator.comparing((Scored s) -> !s.relationship.declared())
            .thenComparing(Comparator.comparingDouble((Scored s) -> s.relationship.confidence()).reversed())
            .thenComparing(Comparator.comparingDouble(Scored::nameScore).reversed())
            .thenComparing(s -> !s.parentIsEntity)
            .thenComparing(Comparator.comparingDouble((Scored s) -> s.relationship.coverage()).reversed())
            .thenComparingInt(Scored::parentKeyRank)
            .thenComparingLong(Scored::parentRows)
            .thenComparing(s -> s.relationship.toTable().toString())
            .thenComparing(s -> String.join(",", s.relationship.toColumns()));

    private RelationshipSelection() {
    }

    /**
     * The chosen relationships, sorted by child table, child columns, parent.
     *
     * @param verified candidates whose coverage was counted
     */
    static List<Relationship> select(List<Scored> verified) {
        List<Scored> kept = new ArrayList<>();
        for (Scored s : verified) {
            boolean beaten = verified.stream().anyMatch(o -> o != s && reciprocal(o.relationship, s.relationship)
                    && BETTER.compare(o, s) < 0);
            if (!beaten) {
                kept.add(s);
            }
        }
        Map<String, Scored> best = new LinkedHashMap<>();
        for (Scored s : kept) {
            String child = s.relationship.fromTable() + "\u0000" + String.join("\u0000", s.relationship.fromColumns());
            best.merge(child, s, (a, b) -> BETTER.compare(a, b) <= 0 ? a : b);
        }
        List<Scored> chosen = new ArrayList<>();
        for (Scored s : best.values()) {
            Relationship r = s.relationship;
            boolean alternate = s.parentKeyRank > 0 && !r.declared();
            if (alternate && (!r.toColumns().stream().allMatch(KeyNames::identifierLike)
                    || best.values().stream().anyMatch(o -> o != s && o.parentKeyRank == 0
                            && o.relationship.fromTable().equals(r.fromTable()) && o.relationship.toTable().equals(r.toTable())))) {
                continue;
            }
            chosen.add(s);
        }
        return chosen.stream().map(Scored::relationship)
                .sorted(Comparator.comparing((Relationship r) -> r.fromTable().toString())
                        .thenComparing(r -> String.join(",", r.fromColumns()))
                        .thenComparing(r -> r.toTable().toString()))
                .toList();
    }

    private static boolean reciprocal(Relationship a, Relationship b) {
        return a.fromTable().equals(b.toTable()) && a.toTable().equals(b.fromTable())
                && a.fromColumns().equals(b.toColumns()) && a.toColumns().equals(b.fromColumns());
    }

    /**
     * A verified candidate with what ranks it.
     *
     * @param relationship   the candidate
     * @param nameScore      {@link KeyNames#similarity} of the child and parent names (1 for composite same names)
     * @param parentKeyRank  0 for the parent's best key, higher for alternate keys
     * @param parentRows     rows of the parent table
     * @param parentIsEntity whether the parent key is named for its table's entity ({@code customers.customer_id})
     */
    record Scored(Relationship relationship, double nameScore, int parentKeyRank, long parentRows,
                  boolean parentIsEntity) {
    }
}
