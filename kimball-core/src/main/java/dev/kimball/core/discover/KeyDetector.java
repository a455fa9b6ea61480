package dev.kimball.core.discover;

import dev.kimball.api.InferredType;
import dev.kimball.api.LogicalType;
import dev.kimball.api.TableRef;
import dev.kimball.spi.Dialect;
import dev.kimball.spi.Warehouse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the candidate keys of a bronze table: single columns, else composites of two, else of three columns, that are
 * non-null and unique in every row of the full table. Single columns need no query (the profile's exact distinct
 * count decides); composites are counted exactly in the warehouse, all candidates of one size in one query, after
 * pruning by the profile (a combination whose distinct counts multiply to fewer than the rows cannot be unique, nor
 * one whose most frequent value outnumbers the other columns' combinations) and after one count that rules out every
 * composite when the table has duplicate rows. Timestamps, flags, measures and long text are never key columns.
 * Immutable and thread-safe.
 */
public final class KeyDetector {
    /** The most columns of a discovered (not declared) composite key. */
    public static final int MAX_COLUMNS = 3;
    /** Combinations counted per table and key size, best-ranked first; the rest are not tried. */
    static final int MAX_CANDIDATES = 100;

    private final Warehouse warehouse;

    public KeyDetector(Warehouse warehouse) {
        this.warehouse = Objects.requireNonNull(warehouse, "warehouse");
    }

    /**
     * The minimal candidate keys of a profiled table, best first (declared, fewest columns, identifier-like names,
     * not dates, tightest, leftmost): every unique single column when there is one, else every unique pair, else every
     * unique triple; empty when none exists (a log with duplicate rows) or the table is empty. A declared key is
     * listed first when the data confirms it, and left out when it does not.
     *
     * @param profile the table's profile (exact counts)
     * @param types   the table's types, one per column in profile order, preferably revalidated on the full column
     *                ({@link ColumnConformance#revalidated()}) so that null tokens count as nulls
     * @param hints   declared keys, {@link KeyHints#none()} if there are none
     * @throws IllegalArgumentException when the types do not match the profile's columns, or a declared key names a
     *                                  column the table does not have
     * @throws dev.kimball.api.WarehouseException when a query fails
     */
    public List<PrimaryKey> detect(TableProfile profile, List<InferredType> types, KeyHints hints) {
        List<Col> cols = columns(profile, types);
        TableRef table = profile.table();
        long rows = profile.rows();
        if (rows == 0) {
            return List.of();
        }
        List<Col> declared = declared(profile, cols, hints);
        List<Candidate> found = new ArrayList<>();
        if (declared != null && declared.size() == 1) {
            if (declared.get(0).unique(rows)) {
                found.add(new Candidate(declared, true));
            }
        } else if (declared != null && declared.stream().allMatch(Col::nonNull)
                && count(table, List.of(declared)).get(0) == rows) {
            found.add(new Candidate(declared, true));
        }
        for (Col c : cols) {
            // a date alone is a key of a date dimension (date_key, or date in date_dim), elsewhere a coincidence
            boolean dateAlone = c.type.type() == LogicalType.DATE && c.nameScore == 0;
            if (c.keyable() && !dateAlone && c.unique(rows) && (declared == null || !declared.equals(List.of(c)))) {
                found.add(new Candidate(List.of(c), false));
            }
        }
        if (found.stream().noneMatch(k -> k.cols.size() == 1)) {
            // a confirmed declared composite caps the size: larger combinations containing it are not minimal
            int maxSize = found.isEmpty() ? MAX_COLUMNS : Math.min(MAX_COLUMNS, found.get(0).cols.size());
            found.addAll(composites(table, rows, cols, declared, maxSize));
        }
        found.sort(Candidate.ORDER);
        List<PrimaryKey> out = new ArrayList<>(found.size());
        for (Candidate k : found) {
            out.add(k.toKey(profile));
        }
        return out;
    }

    /** Unique pairs, else unique triples, of the columns that may be part of a composite key. */
    private List<Candidate> composites(TableRef table, long rows, List<Col> cols, List<Col> declared, int maxSize) {
        List<Col> parts = cols.stream().filter(c -> c.keyable() && c.profile.distinct() >= 2).toList();
        if (parts.size() < 2) {
            return List.of();
        }
        // one cheap scan: with duplicate rows over all the parts, no combination of them is unique
        if (count(table, List.of(parts)).get(0) < rows) {
            return List.of();
        }
        Map<List<Col>, Long> pairCounts = new HashMap<>();
        List<List<Col>> pairs = new ArrayList<>();
        for (int a = 0; a < parts.size(); a++) {
            for (int b = a + 1; b < parts.size(); b++) {
                List<Col> pair = List.of(parts.get(a), parts.get(b));
                if (possible(pair, rows)) {
                    pairs.add(pair);
                }
            }
        }
        List<Candidate> found = tryAll(table, rows, pairs, declared, pairCounts);
        if (!found.isEmpty() || parts.size() < 3 || maxSize < 3) {
            return found;
        }
        List<List<Col>> triples = new ArrayList<>();
        for (int a = 0; a < parts.size(); a++) {
            for (int b = a + 1; b < parts.size(); b++) {
                for (int c = b + 1; c < parts.size(); c++) {
                    List<Col> triple = List.of(parts.get(a), parts.get(b), parts.get(c));
                    if (possible(triple, rows) && possibleByPairs(triple, rows, pairCounts)) {
                        triples.add(triple);
                    }
                }
            }
        }
        return tryAll(table, rows, triples, declared, pairCounts);
    }

    private List<Candidate> tryAll(TableRef table, long rows, List<List<Col>> combos, List<Col> declared,
                                   Map<List<Col>, Long> counts) {
        combos.sort(Comparator.comparing((List<Col> k) -> -names(k)).thenComparingDouble(k -> excess(k, rows))
                .thenComparingInt(KeyDetector::position));
        List<List<Col>> tried = combos.subList(0, Math.min(MAX_CANDIDATES, combos.size()));
        if (tried.isEmpty()) {
            return List.of();
        }
        List<Long> distinct = count(table, tried);
        List<Candidate> found = new ArrayList<>();
        for (int i = 0; i < tried.size(); i++) {
            counts.put(tried.get(i), distinct.get(i));
            if (distinct.get(i) == rows && (declared == null || !new HashSet<>(tried.get(i)).equals(new HashSet<>(declared)))) {
                found.add(new Candidate(tried.get(i), false));
            }
        }
        return found;
    }

    /** Exact distinct counts of column combinations, in one query. */
    private List<Long> count(TableRef table, List<List<Col>> combos) {
        Dialect d = warehouse.dialect();
        List<List<String>> quoted = combos.stream().map(k -> k.stream().map(c -> d.quote(c.name)).toList()).toList();
        Long[] out = new Long[combos.size()];
        for (Map<String, Object> row : warehouse.query(ProfileSql.of(warehouse).distinctCombinations(d.table(table), quoted))) {
            out[(int) TableProfiler.num(row.get(TableProfiler.A + "i"))] = TableProfiler.num(row.get(TableProfiler.A + "n"));
        }
        return Arrays.asList(out);
    }

    /** Necessary for uniqueness: enough combinations, and no value repeated more often than the others can vary. */
    private static boolean possible(List<Col> combo, long rows) {
        for (Col c : combo) {
            double others = 1;
            for (Col o : combo) {
                others *= o == c ? 1 : o.profile.distinct();
            }
            if (others * c.profile.distinct() < rows || others < c.maxRepeat()) {
                return false;
            }
        }
        return true;
    }

    /** A triple cannot be unique when one of its pairs, times the third column's values, has fewer rows. */
    private static boolean possibleByPairs(List<Col> triple, long rows, Map<List<Col>, Long> pairCounts) {
        for (int skip = 0; skip < 3; skip++) {
            List<Col> pair = new ArrayList<>(triple);
            Col third = pair.remove(skip);
            Long n = pairCounts.get(pair);
            if (n != null && (double) n * third.profile.distinct() < rows) {
                return false;
            }
        }
        return true;
    }

    /** Identifier-like names, and a name that is the table's own entity ({@code customer_id} in {@code customers}). */
    private static int names(List<Col> combo) {
        return combo.stream().mapToInt(c -> c.nameScore).sum();
    }

    /** How many more combinations the columns allow than there are rows (log scale): tight keys first. */
    private static double excess(List<Col> combo, long rows) {
        return combo.stream().mapToDouble(c -> Math.log(c.profile.distinct())).sum() - Math.log(rows);
    }

    private static int position(List<Col> combo) {
        return combo.stream().mapToInt(c -> c.index).sum();
    }

    private static List<Col> columns(TableProfile profile, List<InferredType> types) {
        if (types.size() != profile.columns().size()) {
            throw new IllegalArgumentException("table " + profile.table() + ": " + types.size() + " types for "
                    + profile.columns().size() + " columns; pass one type per profiled column");
        }
        List<String> entity = KeyNames.entity(profile.table().name());
        List<Col> cols = new ArrayList<>(types.size());
        for (int i = 0; i < types.size(); i++) {
            ColumnProfile p = profile.columns().get(i);
            InferredType t = types.get(i);
            if (!t.column().equals(p.column())) {
                throw new IllegalArgumentException("table " + profile.table() + ": type of column '" + t.column()
                        + "' where the profile has '" + p.column() + "'; pass the types in profile order");
            }
            int nameScore = (KeyNames.identifierLike(p.column()) ? 2 : 0)
                    + (!entity.isEmpty() && KeyNames.core(p.column()).equals(entity) ? 1 : 0);
            cols.add(new Col(i, p.column(), p, t, KeyColumns.excluded(t, p), nameScore));
        }
        return cols;
    }

    private static List<Col> declared(TableProfile profile, List<Col> cols, KeyHints hints) {
        Optional<KeyHints.DeclaredKey> key = hints.primaryKey(profile.table().name());
        if (key.isEmpty()) {
            return null;
        }
        List<Col> out = new ArrayList<>();
        for (String name : key.get().columns()) {
            out.add(cols.stream().filter(c -> c.name.equals(name)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                    "declared primary key of " + profile.table() + " names column '" + name + "', which the table does not"
                            + " have; columns: " + cols.stream().map(c -> c.name).toList())));
        }
        return out;
    }

    /** A column with what detection needs to know about it. */
    private record Col(int index, String name, ColumnProfile profile, InferredType type, String excluded, int nameScore) {
        boolean nonNull() {
            return profile.nulls() == 0 && profile.blanks() == 0 && type.nulls() == 0;
        }

        boolean keyable() {
            return excluded == null && nonNull();
        }

        boolean unique(long rows) {
            return nonNull() && profile.distinct() == rows;
        }

        long maxRepeat() {
            return profile.top().isEmpty() ? 1 : profile.top().get(0).count();
        }
    }

    private record Candidate(List<Col> cols, boolean declared) {
        static final Comparator<Candidate> ORDER = Comparator.comparing((Candidate k) -> !k.declared)
                .thenComparingInt(k -> k.cols.size())
                .thenComparingInt(k -> -names(k.cols))
                .thenComparingLong(k -> k.cols.stream().filter(c -> c.type.type() == LogicalType.DATE).count())
                .thenComparingDouble(k -> k.cols.stream().mapToDouble(c -> Math.log(c.profile.distinct())).sum())
                .thenComparingInt(k -> position(k.cols));

        PrimaryKey toKey(TableProfile profile) {
            List<String> names = cols.stream().map(Col::name).toList();
            boolean surrogate = cols.size() == 1 && KeyColumns.surrogate(cols.get(0).type, cols.get(0).profile);
            StringBuilder why = new StringBuilder();
            if (declared) {
                why.append("declared by the source and ");
            }
            why.append(cols.size() == 1 ? "unique" : "unique together").append(" and non-null in all ")
                    .append(String.format(Locale.ROOT, "%,d", profile.rows())).append(" rows");
            if (cols.size() > 1 && !declared) {
                why.append(", no smaller combination is");
            }
            why.append(surrogate ? "; looks surrogate (" + (cols.get(0).type.type() == LogicalType.INTEGER
                    ? "integer identifier" : "UUID") + ")" : "; natural key (" + cols.stream()
                    .map(c -> c.type.typeName()).distinct().reduce((a, b) -> a + ", " + b).orElse("") + ")");
            return new PrimaryKey(profile.table(), names, surrogate, why.toString());
        }
    }
}
