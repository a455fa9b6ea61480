package dev.kimball.cli.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A customer. Identifiers are zero-padded ({@code 000042}) and ZIP codes often start with 0. */
record Customer(String id, String firstName, String lastName, String email, String phone, String street, Places place,
                String zip, LocalDate birthDate, LocalDate since, boolean loyalty, String creditScore,
                String preferredContact) {

    private static final String[] CONTACT = {"Email", "Phone", "SMS", "email", ""};

    static List<Customer> generate(Random r, int count) {
        List<Customer> customers = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            String first = People.firstName(r);
            String last = People.lastName(r);
            Places place = r.nextInt(10) < 8 ? Places.ALL.get(r.nextInt(12)) : Places.pick(r);
            LocalDate birth = LocalDate.of(1945, 1, 1).plusDays(r.nextInt(22_000));
            LocalDate since = LocalDate.of(2008, 1, 1).plusDays(r.nextInt(6_200));
            String credit = r.nextInt(25) == 0 ? "" : Integer.toString(300 + r.nextInt(551));
            customers.add(new Customer(MessyFormats.padded(i, 6), first, last, People.email(r, first, last, i),
                    place.phone(r), Places.street(r), place, place.zip(r), birth, since, r.nextInt(3) == 0, credit,
                    CONTACT[r.nextInt(CONTACT.length)]));
        }
        return List.copyOf(customers);
    }
}
