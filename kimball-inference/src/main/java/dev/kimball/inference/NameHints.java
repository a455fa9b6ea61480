package dev.kimball.inference;

import dev.kimball.api.TypeCorrection;
import java.util.Set;

/**
 * What a column name suggests. Hints only break ties between candidates the data supports equally well (an
 * all-digit column is both INTEGER and an identifier); they never make a type that the values contradict.
 */
final class NameHints {
    static final int ID = 1, ZIP = 2, PHONE = 4, DATE = 8, TIME = 16, YEAR = 32, BOOL = 64;

    private static final Set<String> ID_WORDS = Set.of("id", "ids", "key", "uuid", "guid", "code", "sku", "ref", "identifier");
    private static final Set<String> ZIP_WORDS = Set.of("zip", "zipcode", "postcode", "postal", "plz", "postleitzahl");
    private static final Set<String> PHONE_WORDS = Set.of("phone", "tel", "telephone", "fax", "mobile", "cell", "msisdn");
    private static final Set<String> DATE_WORDS = Set.of("date", "dt", "day", "dob", "birthday", "birthdate");
    private static final Set<String> TIME_WORDS = Set.of("time", "timestamp", "ts", "datetime", "created", "updated",
            "modified", "epoch", "at");
    private static final Set<String> YEAR_WORDS = Set.of("year", "yr", "yyyy");
    private static final Set<String> BOOL_FIRST = Set.of("is", "has", "can", "should", "was", "did");
    private static final Set<String> BOOL_WORDS = Set.of("flag", "bool", "boolean", "active", "enabled", "deleted", "valid");

    private static final Set<String> NOT_ID = Set.of("valid", "paid", "void", "liquid", "hybrid", "fluid", "rapid",
            "humid", "acid", "solid", "squid", "android", "avoid");

    private NameHints() {
    }

    static int of(String name) {
        String[] words = TypeCorrection.normalizeName(name).split("[_#]+");
        int h = 0;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty()) {
                continue;
            }
            if (ID_WORDS.contains(w) || (i == words.length - 1 && w.length() > 2 && w.endsWith("id") && !NOT_ID.contains(w))) {
                h |= ID;
            }
            h |= ZIP_WORDS.contains(w) ? ZIP : 0;
            h |= PHONE_WORDS.contains(w) ? PHONE : 0;
            h |= DATE_WORDS.contains(w) ? DATE : 0;
            h |= TIME_WORDS.contains(w) ? TIME : 0;
            h |= YEAR_WORDS.contains(w) ? YEAR : 0;
            h |= BOOL_WORDS.contains(w) || (i == 0 && words.length > 1 && BOOL_FIRST.contains(w)) ? BOOL : 0;
        }
        return h;
    }
}
