package dev.kimball.cli.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * {@code sales_transactions.csv}: the deal log. Each date column has its own format (ISO, US, German dotted,
 * {@code Mar 15, 2024}), money appears as {@code $25,499.00}, {@code € 1.234,50} and accounting {@code (500.00)}
 * for refunds, rates as percentages, notes with quotes, commas and line breaks. Three records are broken the way
 * hand-edited exports break: one has an unquoted comma (a field too many), one was cut short, and the last one
 * opens a quote it never closes. A loader should reject exactly those three.
 */
final class SalesTransactionsCsv {
    static final String FILE = "sales_transactions.csv";
    static final int BROKEN = 3;
    static final String[] HEADER = {"Transaction ID", "Type", "Sale Date", "Dealer ID", "VIN", "Customer #",
        "Salesperson", "List Price", "Sale Price", "Price (EUR)", "Discount %", "APR", "Term (months)", "Net Amount",
        "Payment Method", "Delivery Date", "Registration Date", "First Payment Due", "Created At", "Notes"};

    private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
    private static final int DAYS = 731;
    private static final String[] PAYMENT = {"Finance", "Finance", "Finance", "Lease", "Cash", "finance", "CASH"};
    private static final String[] NOTES = {"Customer asked for \"extended\" warranty", "Trade-in: 2015 Honda Civic, 98,000 mi",
        "Referred by existing customer", "Paid deposit of $1,000.00 on test drive day", "Wants delivery before the weekend",
        "Floor mats + cargo tray added\nDealer prep waived", "Spouse co-signed; see file", "Repeat buyer (3rd vehicle)",
        "Price match vs. competitor quote, approved by GM", "Financing through credit union, 1st payment deferred"};

    private SalesTransactionsCsv() {
    }

    static DemoFile write(Path dir, int count, List<Dealer> dealers, List<Vehicle> vehicles, List<Customer> customers,
                          Random r) throws IOException {
        Path file = dir.resolve(FILE);
        int[] days = new int[count];
        for (int i = 0; i < count; i++) {
            do {
                days[i] = r.nextInt(DAYS);
            } while (FIRST_DAY.plusDays(days[i]).getDayOfWeek() == DayOfWeek.SUNDAY); // closed, as daily_sales says
        }
        Arrays.sort(days); // exports are ordered by sale date
        int tooManyFields = count / 4 + r.nextInt(count / 4);
        int truncated = count / 2 + r.nextInt(count / 4);
        try (DelimitedWriter w = new DelimitedWriter(file, StandardCharsets.UTF_8, ',', "\n", false)) {
            w.header(HEADER);
            for (int i = 0; i < count; i++) {
                String[] f = fields(100_001 + i, FIRST_DAY.plusDays(days[i]), dealers, vehicles, customers, r);
                if (i == tooManyFields) {
                    // someone typed a comma into the notes cell of an unquoted export
                    f[f.length - 1] = "";
                    w.rawRecord(w.join(Arrays.copyOf(f, f.length - 1)) + ",Trade-in accepted, needs detailing");
                } else if (i == truncated) {
                    w.rawRecord(w.join(Arrays.copyOf(f, 12)));
                } else if (i == count - 1) {
                    w.rawRecord(w.join(Arrays.copyOf(f, f.length - 1)) + ",\"Customer will return Monday to sign");
                } else {
                    w.record(f);
                }
            }
            return new DemoFile(FILE, file, "UTF-8", ',', w.records(), BROKEN, "4 date formats, '$25,499.00', "
                    + "'€ 1.234,50', refunds as '(500.00)', percentages, multi-line notes, " + BROKEN + " broken records");
        }
    }

    private static String[] fields(int id, LocalDate day, List<Dealer> dealers, List<Vehicle> vehicles,
                                   List<Customer> customers, Random r) {
        Vehicle v = vehicles.get(r.nextInt(vehicles.size()));
        // most deals are made at the dealer that has the car; transfers between stores happen
        Dealer dealer = r.nextInt(10) < 8 ? v.dealer() : dealers.get(r.nextInt(dealers.size()));
        Customer c = customers.get(r.nextInt(customers.size()));
        String salesperson = dealer.salespeople().get(r.nextInt(dealer.salespeople().size()));
        String payment = PAYMENT[r.nextInt(PAYMENT.length)];
        boolean refund = r.nextInt(100) < 3;
        String created = MessyFormats.isoTimestamp(day.atTime(9 + r.nextInt(12), r.nextInt(60), r.nextInt(60)));
        String notes = r.nextInt(100) < 15 ? NOTES[r.nextInt(NOTES.length)] : "";
        if (refund) {
            long cents = 100 * (200 + 50L * r.nextInt(47));
            return new String[] {Integer.toString(id), "Refund", MessyFormats.iso(day), dealer.id(), v.vin(), c.id(),
                salesperson, "", "", "", "", "", "", MessyFormats.accounting(-cents), payment, "", "", "", created,
                notes.isEmpty() ? "Refund of dealer fees" : notes};
        }
        long listCents = v.msrpDollars() * 100;
        int discountTenths = r.nextInt(4) == 0 ? 0 : r.nextInt(121);
        long saleCents = Math.round(listCents * (1000 - discountTenths) / 1000.0 / 100.0) * 100 - (r.nextInt(3) == 0 ? 1 : 0);
        long eurCents = Math.round(saleCents * 0.92);
        boolean cash = payment.equalsIgnoreCase("cash");
        boolean lease = payment.equals("Lease");
        String apr = cash ? "" : MessyFormats.percentHundredths(lease ? 249 + r.nextInt(350) : 199 + r.nextInt(700));
        String term = cash ? "" : Integer.toString(lease ? 24 + 12 * r.nextInt(2) : 36 + 12 * r.nextInt(4));
        String delivery = r.nextInt(50) == 0 ? "" : MessyFormats.us(day.plusDays(r.nextInt(11)));
        String registration = MessyFormats.dotted(day.plusDays(3 + r.nextInt(18)));
        String firstPayment = cash ? "" : MessyFormats.shortMonth(day.plusDays(30 + r.nextInt(5)));
        return new String[] {Integer.toString(id), "Sale", MessyFormats.iso(day), dealer.id(), v.vin(), c.id(),
            salesperson, MessyFormats.usd(listCents), MessyFormats.usd(saleCents), MessyFormats.eur(eurCents),
            MessyFormats.percentTenths(discountTenths), apr, term, MessyFormats.accounting(saleCents), payment, delivery,
            registration, firstPayment, created, notes};
    }
}
