package dev.kimball.core.discover;

import dev.kimball.api.TypeCorrection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What column and table names say about keys: identifier-like names ({@code customer_id}, {@code product_code}),
 * measure-like names ({@code amount}, {@code qty}), and how well a child column's name points at a parent key
 * ({@code customer_id} at {@code customers.id}, {@code ship_date} at {@code date_dim.date_key}). Names only rank and
 * prune candidates; uniqueness and inclusion are always counted in the warehouse.
 */
final class KeyNames {
    /** Words that say "identifier" without saying of what. */
    private static final Set<String> GENERIC = Set.of("id", "ids", "key", "code", "no", "nr", "num", "number", "sk",
            "fk", "pk", "ref", "uuid", "guid", "sku", "identifier", "nbr");
    /** Table-name words that describe the table's role, not its entity ({@code dim_customer}, {@code fact_sales}). */
    private static final Set<String> TABLE_NOISE = Set.of("dim", "dimension", "fact", "fct", "tbl", "table", "stg",
            "raw", "bronze", "lkp", "lookup", "master", "d", "f", "t");
    /** Words of measures: never keys, never joined on, even when unique or shared by two tables. */
    private static final Set<String> MEASURES = Set.of("amount", "amt", "price", "cost", "total", "qty", "quantity",
            "revenue", "sales", "profit", "margin", "discount", "tax", "balance", "weight", "height", "width", "length",
            "score", "rate", "ratio", "pct", "percent", "sum", "avg", "average", "count", "cnt", "duration", "hand",
            "stock", "units", "value", "fee", "salary", "income", "spend", "volume", "size");

    /** Words ending in "id" or "key" that are not identifiers. */
    private static final Set<String> NOT_ID = Set.of("valid", "invalid", "paid", "unpaid", "prepaid", "void", "avoid",
            "liquid", "hybrid", "fluid", "rapid", "humid", "acid", "solid", "squid", "android", "monkey", "turkey",
            "jockey", "hockey", "whiskey", "donkey");

    private KeyNames() {
    }

    /** Lower-case words of a name, split at non-letters and camel case, digits dropped. */
    static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : TypeCorrection.normalizeName(name).split("[_#*]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Whether the name ends with an identifier word ({@code id}, {@code key}, {@code code}...) or is like {@code customerid}. */
    static boolean identifierLike(String name) {
        List<String> w = words(name);
        if (w.isEmpty()) {
            return false;
        }
        String last = w.get(w.size() - 1);
        return GENERIC.contains(last)
                || (last.length() > 3 && (last.endsWith("id") || last.endsWith("key")) && !NOT_ID.contains(last));
    }

    /** Whether a word of the name is a measure word ({@code amount}, {@code qty}, {@code on_hand}...). */
    static boolean measureLike(String name) {
        if (identifierLike(name)) {
            return false;
        }
        return words(name).stream().anyMatch(MEASURES::contains);
    }

    /** The entity a column names: its words without generic identifier words, singular ({@code order_ids} -> order). */
    static List<String> core(String column) {
        List<String> out = new ArrayList<>();
        List<String> w = words(column);
        for (int i = 0; i < w.size(); i++) {
            String s = w.get(i);
            if (GENERIC.contains(s)) {
                continue;
            }
            if (i == w.size() - 1 && s.length() > 4 && (s.endsWith("id") || s.endsWith("key")) && !NOT_ID.contains(s)) {
                s = s.substring(0, s.length() - (s.endsWith("id") ? 2 : 3)); // customerid -> customer
            }
            out.add(singular(s));
        }
        return out;
    }

    /** The entity a table holds: its words without role words, singular ({@code dim_customers} -> customer). */
    static List<String> entity(String table) {
        List<String> out = new ArrayList<>();
        for (String s : words(table)) {
            if (!TABLE_NOISE.contains(s)) {
                out.add(singular(s));
            }
        }
        return out;
    }

    static String singular(String w) {
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 4 && (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /**
     * How strongly a child column's name points at a parent key column, in [0, 1]: 1 for the same specific name
     * ({@code customer_id} and {@code customer_id}), 0.95 for the same entity ({@code cust_key} and {@code cust_id}),
     * 0.9 for the parent table's entity ({@code customer_id} and {@code customers.id}), 0.8 for a role ending in it
     * ({@code ship_date} and {@code date_key}), 0.6 when contained, else a partial word overlap below 0.5. A generic
     * name alone ({@code id} and {@code id}) says nothing: 0.
     */
    static double similarity(String childColumn, String parentTable, String parentColumn) {
        List<String> child = core(childColumn);
        if (child.isEmpty()) {
            return 0;
        }
        List<String> key = core(parentColumn);
        List<String> table = entity(parentTable);
        if (childColumn.toLowerCase(Locale.ROOT).equals(parentColumn.toLowerCase(Locale.ROOT)) && !key.isEmpty()) {
            return 1;
        }
        if (child.equals(key)) {
            return 0.95;
        }
        if (child.equals(table) || (key.isEmpty() && child.equals(table))) {
            return 0.9;
        }
        if ((!key.isEmpty() && endsWith(child, key)) || (key.isEmpty() && !table.isEmpty() && endsWith(child, table))) {
            return 0.8;
        }
        if ((!key.isEmpty() && child.containsAll(key)) || (!table.isEmpty() && child.containsAll(table))) {
            return 0.6;
        }
        List<String> parent = new ArrayList<>(key);
        table.stream().filter(w -> !parent.contains(w)).forEach(parent::add);
        long shared = child.stream().filter(parent::contains).count();
        return shared == 0 ? 0 : 0.45 * shared / (child.size() + parent.size() - shared);
    }

    private static boolean endsWith(List<String> words, List<String> suffix) {
        return words.size() >= suffix.size() && words.subList(words.size() - suffix.size(), words.size()).equals(suffix);
    }
}
