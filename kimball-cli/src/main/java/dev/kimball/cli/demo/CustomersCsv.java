package dev.kimball.cli.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * {@code customers.csv}: a CRM export: UTF-8 without BOM, snake_case headers, US dates, phones in five styles,
 * and {@value #DUPLICATES} customers exported twice (exact duplicate records, for de-duplication later).
 */
final class CustomersCsv {
    static final String FILE = "customers.csv";
    static final int DUPLICATES = 3;

    private CustomersCsv() {
    }

    static DemoFile write(Path dir, List<Customer> customers, Random r) throws IOException {
        Path file = dir.resolve(FILE);
        int[] duplicateAfter = new int[DUPLICATES];
        for (int d = 0; d < DUPLICATES; d++) {
            duplicateAfter[d] = (d + 1) * customers.size() / (DUPLICATES + 1) + r.nextInt(50);
        }
        try (DelimitedWriter w = new DelimitedWriter(file, StandardCharsets.UTF_8, ',', "\n", false)) {
            w.header("customer_id", "first_name", "last_name", "email", "phone", "street", "city", "state", "zip",
                    "birth_date", "customer_since", "loyalty_member", "credit_score", "preferred_contact");
            for (int i = 0; i < customers.size(); i++) {
                w.record(fields(customers.get(i)));
                for (int after : duplicateAfter) {
                    if (after == i) {
                        w.record(fields(customers.get(i - 1 - r.nextInt(20))));
                    }
                }
            }
            return new DemoFile(FILE, file, "UTF-8", ',', w.records(), 0, "ZIP codes and ids with leading zeros, "
                    + "5 phone styles, blank and upper-case emails, US dates, " + DUPLICATES + " duplicated customers");
        }
    }

    private static String[] fields(Customer c) {
        return new String[] {c.id(), c.firstName(), c.lastName(), c.email(), c.phone(), c.street(), c.place().city(),
            c.place().state(), c.zip(), MessyFormats.us(c.birthDate()), MessyFormats.iso(c.since()),
            c.loyalty() ? "Y" : "N", c.creditScore(), c.preferredContact()};
    }
}
