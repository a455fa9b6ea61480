package dev.kimball.cli.demo;

import java.util.List;
import java.util.Random;

/**
 * Towns the dealerships and their customers live in. Most are in the US North-East, whose ZIP codes start with
 * {@code 0}: a loader or type guesser that treats ZIP codes as numbers loses that zero.
 */
record Places(String city, String state, String zipPrefix, String areaCode) {
    static final List<Places> ALL = List.of(
            new Places("Boston", "MA", "021", "617"), new Places("Worcester", "MA", "016", "508"),
            new Places("Springfield", "MA", "011", "413"), new Places("Hartford", "CT", "061", "860"),
            new Places("New Haven", "CT", "065", "203"), new Places("Providence", "RI", "029", "401"),
            new Places("Portland", "ME", "041", "207"), new Places("Burlington", "VT", "054", "802"),
            new Places("Manchester", "NH", "031", "603"), new Places("Newark", "NJ", "071", "973"),
            new Places("Jersey City", "NJ", "073", "201"), new Places("Trenton", "NJ", "086", "609"),
            new Places("Albany", "NY", "122", "518"), new Places("Buffalo", "NY", "142", "716"),
            new Places("Philadelphia", "PA", "191", "215"), new Places("Pittsburgh", "PA", "152", "412"),
            new Places("Baltimore", "MD", "212", "410"), new Places("Richmond", "VA", "232", "804"),
            new Places("Columbus", "OH", "432", "614"), new Places("Chicago", "IL", "606", "312"));

    private static final String[] STREETS = {"Main St", "Elm St", "Maple Ave", "Oak St", "Washington St", "Park Ave",
        "Pleasant St", "Highland Ave", "Commercial St", "Route 9", "Broadway", "Church St", "Water St", "Union Ave"};

    static Places pick(Random r) {
        return ALL.get(r.nextInt(ALL.size()));
    }

    /** A five-digit ZIP with this place's prefix, one in ten as ZIP+4. */
    String zip(Random r) {
        String zip = zipPrefix + MessyFormats.padded(r.nextInt(100), 2);
        return r.nextInt(10) == 0 ? zip + "-" + MessyFormats.padded(r.nextInt(10_000), 4) : zip;
    }

    static String street(Random r) {
        return (1 + r.nextInt(2_400)) + " " + STREETS[r.nextInt(STREETS.length)];
    }

    /** The same kind of number written five different ways, as people type it. */
    String phone(Random r) {
        String line = MessyFormats.padded(100 + r.nextInt(100), 4);
        return switch (r.nextInt(5)) {
            case 0 -> "(" + areaCode + ") 555-" + line;
            case 1 -> areaCode + "-555-" + line;
            case 2 -> areaCode + ".555." + line;
            case 3 -> "+1 " + areaCode + " 555 " + line;
            default -> areaCode + "555" + line;
        };
    }
}
