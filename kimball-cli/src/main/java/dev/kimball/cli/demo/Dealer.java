package dev.kimball.cli.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A dealership. Several names carry accents, so the Windows-1252 daily sales export has bytes that are not UTF-8. */
record Dealer(String id, String name, String street, Places place, String zip, String phone, LocalDate opened,
              String region, String manager, boolean active, int lotCapacity, List<String> salespeople) {

    static final List<String> NAMES = List.of("Café Motors", "Beaulé Chevrolet", "Renée's Pre-Owned",
            "Société Auto Group", "Élan Honda", "Harbor Ford", "Liberty Toyota", "Granite State Subaru", "Pioneer Nissan",
            "Bay Colony BMW", "Green Mountain Hyundai", "Capitol Volkswagen", "Riverside Chevrolet", "Summit Auto Mall",
            "Lakeside Kia", "Keystone Motors", "Ocean State Auto", "Patriot Jeep", "Mapleview Motors", "Northgate Mazda");

    static List<Dealer> generate(Random r) {
        List<Dealer> dealers = new ArrayList<>(NAMES.size());
        for (int i = 0; i < NAMES.size(); i++) {
            Places place = Places.ALL.get(i % Places.ALL.size());
            LocalDate opened = LocalDate.of(1978, 1, 1).plusDays(r.nextInt(16_000));
            String manager = People.westernFirstName(r) + " " + People.lastName(r);
            List<String> sales = new ArrayList<>();
            for (int s = 0, n = 3 + r.nextInt(4); s < n; s++) {
                // "Mike R." style: how a salesperson appears on a deal jacket
                sales.add(People.westernFirstName(r) + " " + (char) ('A' + r.nextInt(26)) + ".");
            }
            dealers.add(new Dealer("D" + MessyFormats.padded(i + 1, 3), NAMES.get(i), Places.street(r), place,
                    place.zip(r), place.phone(r), opened, region(place.state()), manager, i != 13,
                    50 * (2 + r.nextInt(9)), List.copyOf(sales)));
        }
        return List.copyOf(dealers);
    }

    private static String region(String state) {
        return switch (state) {
            case "MA", "CT", "RI", "ME", "VT", "NH" -> "New England";
            case "NJ", "NY", "PA" -> "Mid-Atlantic";
            case "MD", "VA" -> "South Atlantic";
            default -> "Midwest";
        };
    }
}
