package dev.kimball.core.discover;

import dev.kimball.api.InferredType;
import dev.kimball.api.LogicalType;
import dev.kimball.api.TableRef;
import dev.kimball.inference.NullTokens;
import dev.kimball.spi.Dialect;
import dev.kimball.spi.Warehouse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Finds the join relationships of a set of bronze tables. Candidates pair a child column (or columns, for a composite
 * parent key with the same column names) with a candidate key of another table, pruned without queries: no
 * timestamps, flags or measures; compatible types (dates only with the same format); a name that points at the parent
 * ({@link KeyNames#similarity}) or, for natural string codes, the same value shape; no more distinct values than the
 * parent key has. Each parent table's candidates are then verified in one query: the share of each child's distinct
 * trimmed values found in the parent key (coverage) and whether the child repeats values (cardinality). Confidence
 * combines name, coverage and how telling the values are; a declared foreign key ({@link KeyHints}) has a high prior.
 * Finally {@link RelationshipSelection} chooses for the whole schema at once. Immutable and thread-safe.
 */
public final class RelationshipDetector {
    /** Share of a child's distinct values that must be found in the parent key (declared keys excepted). */
    public static final double MIN_COVERAGE = 0.9;
    /** The lower share enough when the names match strongly (similarity 0.9 or more): orphans are common. */
    public static final double MIN_COVERAGE_NAMED = 0.75;
    static final double STRONG_NAME = 0.9;
    /** Lowest confidence of an undeclared relationship that is kept. */
    public static final double MIN_CONFIDENCE = 0.5;
    /** Lowest name similarity that makes a candidate without other evidence. */
    static final double MIN_NAME_SIMILARITY = 0.5;
    private static final String A = TableProfiler.A;

    private final Warehouse warehouse;
    private final List<String> nullTokens;

    /** @param nullTokens values that mean "no value" in child columns (matched trimmed, ignoring case) */
    public RelationshipDetector(Warehouse warehouse, NullTokens nullTokens) {
        this.warehouse = Objects.requireNonNull(warehouse, "warehouse");
        List<String> tokens = new ArrayList<>(List.of(""));
        for (String t : nullTokens.tokens()) {
            String s = t.strip().toLowerCase(Locale.ROOT);
            if (!tokens.contains(s)) {
                tokens.add(s);
            }
        }
        this.nullTokens = List.copyOf(tokens);
    }

    /** With the inference engine's default null tokens. */
    public RelationshipDetector(Warehouse warehouse) {
        this(warehouse, NullTokens.defaults());
    }

    /**
     * The relationships chosen for the whole set of tables: each child column set references at most one parent key,
     * reciprocal one-to-one pairs keep one direction, never on timestamps or measures. Sorted by child table and
     * columns.
     *
     * @param profiles the tables' profiles
     * @param types    each table's types in profile order, preferably revalidated on the full column
     * @param keys     each table's candidate keys from {@link KeyDetector}, best first (a missing table has none)
     * @param hints    declared keys, {@link KeyHints#none()} if there are none
     * @throws IllegalArgumentException naming the table when its types are missing or do not match its profile, or
     *                                  naming the table or column of a declared foreign key that does not exist
     * @throws dev.kimball.api.WarehouseException when a query fails
     */
    public List<Relationship> detect(List<TableProfile> profiles, Map<TableRef, List<InferredType>> types,
                                     Map<TableRef, List<PrimaryKey>> keys, KeyHints hints) {
        Map<String, Table> tables = new LinkedHashMap<>();
        for (TableProfile p : profiles) {
            tables.put(p.table().name(), new Table(p, types.get(p.table())));
        }
        Map<String, List<Candidate>> byParent = new LinkedHashMap<>();
        for (Table parent : tables.values()) {
            List<PrimaryKey> ks = keys.getOrDefault(parent.profile.table(), List.of());
            for (int rank = 0; rank < ks.size(); rank++) {
                List<Integer> key = parent.indexes(ks.get(rank).columns());
                if (key.stream().anyMatch(i -> parent.excluded(i) != null)) {
                    continue;
                }
                for (Table child : tables.values()) {
                    candidates(child, parent, key, rank, hints, byParent);
                }
            }
        }
        declared(tables, hints, byParent);
        List<RelationshipSelection.Scored> verified = new ArrayList<>();
        for (List<Candidate> group : byParent.values()) {
            verified.addAll(verify(group));
        }
        return RelationshipSelection.select(verified);
    }

    /** The undeclared candidates from one child table to one key of a parent. */
    private void candidates(Table child, Table parent, List<Integer> key, int rank, KeyHints hints,
                            Map<String, List<Candidate>> byParent) {
        if (key.size() == 1) {
            int k = key.get(0);
            for (int c = 0; c < child.size(); c++) {
                if (child == parent && c == k) {
                    continue;
                }
                if (hints.declares(child.name(), List.of(child.column(c)), parent.name(), List.of(parent.column(k)))) {
                    continue; // added as declared
                }
                double s = KeyNames.similarity(child.column(c), parent.name(), parent.column(k));
                if (child.excluded(c) == null && KeyColumns.compatible(child.type(c), parent.type(k))
                        && (s >= MIN_NAME_SIMILARITY || sameCodeShape(child, c, parent, k)) && fits(child, c, parent, k)) {
                    add(byParent, new Candidate(child, List.of(c), parent, key, rank, s, false));
                }
            }
            return;
        }
        if (child == parent) {
            return;
        }
        List<Integer> cols = new ArrayList<>();
        for (int k : key) {
            int c = child.indexOfIgnoreCase(parent.column(k));
            if (c < 0 || child.excluded(c) != null || !KeyColumns.compatible(child.type(c), parent.type(k))) {
                return;
            }
            cols.add(c);
        }
        if (!hints.declares(child.name(), child.columns(cols), parent.name(), parent.columns(key))) {
            add(byParent, new Candidate(child, cols, parent, key, rank, 1, false));
        }
    }

    private static void declared(Map<String, Table> tables, KeyHints hints, Map<String, List<Candidate>> byParent) {
        for (KeyHints.DeclaredReference r : hints.foreignKeys()) {
            Table child = tables.get(r.table()), parent = tables.get(r.referencedTable());
            if (child == null || parent == null) {
                throw new IllegalArgumentException("declared foreign key " + r.table() + r.columns() + " -> "
                        + r.referencedTable() + r.referencedColumns() + " names table '" + (child == null ? r.table()
                        : r.referencedTable()) + "', which is not among the profiled tables " + tables.keySet());
            }
            List<Integer> cols = child.indexes(r.columns()), key = parent.indexes(r.referencedColumns());
            double s = cols.size() == 1 ? KeyNames.similarity(r.columns().get(0), parent.name(), r.referencedColumns().get(0)) : 1;
            add(byParent, new Candidate(child, cols, parent, key, 0, s, true));
        }
    }

    private static void add(Map<String, List<Candidate>> byParent, Candidate c) {
        byParent.computeIfAbsent(c.parent.name(), n -> new ArrayList<>()).add(c);
    }

    /** Natural string codes with the same shape ({@code P-00012}) are evidence even under unrelated names. */
    private static boolean sameCodeShape(Table child, int c, Table parent, int k) {
        String shape = parent.type(k).valueShape();
        return child.type(c).type() == LogicalType.STRING && parent.type(k).type() == LogicalType.STRING
                && !shape.isEmpty() && shape.chars().anyMatch(ch -> ch != '9') && shape.equals(child.type(c).valueShape());
    }

    /** Without orphans beyond the allowed share, the child has no more distinct values than the parent key. */
    private static boolean fits(Table child, int c, Table parent, int k) {
        ColumnProfile cp = child.profile(c), pp = parent.profile(k);
        long childValues = cp.distinct() - (cp.blanks() > 0 ? 1 : 0);
        return childValues >= 1 && childValues * MIN_COVERAGE_NAMED <= pp.distinct() + 1
                && cp.minLength() <= pp.maxLength() + 2 && cp.maxLength() + 2 >= pp.minLength();
    }

    /** Coverage and cardinality of every candidate pointing at one parent table, in one query. */
    private List<RelationshipSelection.Scored> verify(List<Candidate> group) {
        Dialect d = warehouse.dialect();
        ProfileSql sql = ProfileSql.of(warehouse);
        Map<List<Integer>, List<Integer>> byKey = new LinkedHashMap<>();
        for (int i = 0; i < group.size(); i++) {
            byKey.computeIfAbsent(group.get(i).key, k -> new ArrayList<>()).add(i);
        }
        List<String> selects = new ArrayList<>();
        for (Map.Entry<List<Integer>, List<Integer>> e : byKey.entrySet()) {
            Table parent = group.get(e.getValue().get(0)).parent;
            String parentSet = "SELECT " + sql.tupleKey(parent.columns(e.getKey()).stream().map(c -> sql.trim(d.quote(c))).toList())
                    + " FROM " + d.table(parent.profile.table()) + " WHERE " + String.join(" AND ",
                    parent.columns(e.getKey()).stream().map(c -> d.quote(c) + " IS NOT NULL").toList());
            List<String> children = new ArrayList<>();
            for (int i : e.getValue()) {
                Candidate c = group.get(i);
                // group the trimmed values first, then drop null tokens: the filter runs once per distinct value
                List<String> parts = new ArrayList<>(), trimmed = new ArrayList<>(), notNull = new ArrayList<>(),
                        notToken = new ArrayList<>();
                for (int col : c.cols) {
                    String q = d.quote(c.child.column(col)), part = A + "p" + parts.size();
                    parts.add(part);
                    trimmed.add(sql.trim(q) + " AS " + part);
                    notNull.add(q + " IS NOT NULL");
                    notToken.add("lower(" + part + ") NOT IN (" + list(d, nullTokens) + ")");
                    List<String> missing = c.child.type(col).missingCodes();
                    if (!missing.isEmpty()) {
                        notToken.add(part + " NOT IN (" + list(d, missing) + ")");
                    }
                }
                children.add("SELECT CAST(" + i + " AS INTEGER) AS " + A + "i, " + sql.tupleKey(parts) + " AS " + A + "v, "
                        + A + "c FROM (SELECT " + String.join(", ", trimmed) + ", count(*) AS " + A + "c FROM "
                        + d.table(c.child.profile.table()) + " WHERE " + String.join(" AND ", notNull) + " GROUP BY "
                        + String.join(", ", parts) + ") AS " + A + "g" + i + " WHERE " + String.join(" AND ", notToken));
            }
            // the membership flag once per child value, then the counts
            selects.add("SELECT " + A + "i, count(*) AS " + A + "n, max(" + A + "c) AS " + A + "x, sum(" + A + "c) AS " + A
                    + "rows, " + sql.countIf(A + "f") + " AS " + A + "m, sum(CASE WHEN " + A + "f THEN " + A + "c ELSE 0 END) AS "
                    + A + "mr FROM (SELECT " + A + "i, " + A + "c, " + A + "v IN (" + parentSet + ") AS " + A + "f FROM ("
                    + String.join(" UNION ALL ", children) + ") AS " + A + "children) AS " + A + "flagged GROUP BY " + A + "i");
        }
        List<RelationshipSelection.Scored> out = new ArrayList<>();
        for (Map<String, Object> row : warehouse.query(String.join(" UNION ALL ", selects))) {
            Candidate c = group.get((int) TableProfiler.num(row.get(A + "i")));
            long n = TableProfiler.num(row.get(A + "n")), matched = TableProfiler.num(row.get(A + "m"));
            long rows = TableProfiler.num(row.get(A + "rows")), matchedRows = TableProfiler.num(row.get(A + "mr"));
            RelationshipSelection.Scored s = c.score(n, matched, rows, matchedRows, TableProfiler.num(row.get(A + "x")) <= 1);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    private static String list(Dialect d, List<String> values) {
        return String.join(", ", values.stream().map(d::literal).toList());
    }

    /** A profiled table with its types. */
    private record Table(TableProfile profile, List<InferredType> types) {
        Table {
            if (types == null || types.size() != profile.columns().size()) {
                throw new IllegalArgumentException("table " + profile.table() + " has " + profile.columns().size()
                        + " profiled columns but " + (types == null ? "no" : types.size()) + " types; pass one type per"
                        + " column in profile order");
            }
        }

        String name() {
            return profile.table().name();
        }

        int size() {
            return types.size();
        }

        String column(int i) {
            return profile.columns().get(i).column();
        }

        List<String> columns(List<Integer> is) {
            return is.stream().map(this::column).toList();
        }

        ColumnProfile profile(int i) {
            return profile.columns().get(i);
        }

        InferredType type(int i) {
            return types.get(i);
        }

        String excluded(int i) {
            return KeyColumns.excluded(type(i), profile(i));
        }

        int indexOfIgnoreCase(String column) {
            for (int i = 0; i < size(); i++) {
                if (column(i).equalsIgnoreCase(column)) {
                    return i;
                }
            }
            return -1;
        }

        /** @throws IllegalArgumentException naming the column and the table's columns when one is missing */
        List<Integer> indexes(List<String> columns) {
            List<Integer> out = new ArrayList<>();
            for (String c : columns) {
                int i = -1;
                for (int j = 0; j < size() && i < 0; j++) {
                    i = column(j).equals(c) ? j : -1;
                }
                if (i < 0) {
                    throw new IllegalArgumentException("table " + profile.table() + " has no column '" + c + "'; columns: "
                            + profile.columns().stream().map(ColumnProfile::column).toList());
                }
                out.add(i);
            }
            return out;
        }
    }

    /** A child column set and a parent key to verify. */
    private record Candidate(Table child, List<Integer> cols, Table parent, List<Integer> key, int keyRank,
                             double nameScore, boolean declared) {
        /** The scored relationship, or {@code null} when the evidence is too weak to keep it. */
        RelationshipSelection.Scored score(long distinct, long matched, long rows, long matchedRows, boolean unique) {
            double coverage = distinct == 0 ? 0 : (double) matched / distinct;
            double covScore = Math.max(0, Math.min(1, (coverage - 0.5) / 0.5));
            double typeFactor = cols.stream().allMatch(c -> child.type(c).type() == LogicalType.STRING
                    && child.type(c).valueShape().chars().anyMatch(ch -> ch != '9')) ? 1
                    : cols.stream().anyMatch(c -> child.type(c).type() == LogicalType.DATE) ? 0.8 : 0.7;
            double telling = Math.min(1, Math.log10(distinct + 1) / 3) * typeFactor;
            double confidence = 0.35 * Math.min(1, nameScore) + 0.45 * covScore + 0.2 * telling;
            if (declared) {
                confidence = Math.max(confidence, 0.7 + 0.3 * covScore);
            } else if (coverage < (nameScore >= STRONG_NAME ? MIN_COVERAGE_NAMED : MIN_COVERAGE)
                    || confidence < MIN_CONFIDENCE) {
                return null;
            }
            confidence = Math.round(confidence * 1000) / 1000.0;
            Cardinality cardinality = unique ? Cardinality.ONE_TO_ONE : Cardinality.MANY_TO_ONE;
            String why = String.format(Locale.ROOT, "%s%.1f%% of %,d distinct values (%.1f%% of %,d rows) found in %s(%s)"
                            + "; name similarity %.2f; %s", declared ? "declared by the source; " : "", coverage * 100,
                    distinct, rows == 0 ? 0 : 100.0 * matchedRows / rows, rows, parent.name(),
                    String.join(", ", parent.columns(key)), nameScore, cardinality.label());
            Relationship r = new Relationship(child.profile.table(), child.columns(cols), parent.profile.table(),
                    parent.columns(key), cardinality, coverage, confidence, declared, why);
            boolean parentIsEntity = key.size() == 1 && !KeyNames.entity(parent.name()).isEmpty()
                    && KeyNames.entity(parent.name()).equals(KeyNames.core(parent.column(key.get(0))));
            return new RelationshipSelection.Scored(r, nameScore, keyRank, parent.profile.rows(), parentIsEntity);
        }
    }
}
