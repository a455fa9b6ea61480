package dev.kimball.core.discover;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

/**
 * A deterministic (seeded) retail star schema written as CSV files, one per table, with the truth to test key and
 * relationship discovery against: each table's primary key (empty for a keyless log) and the true relationships.
 *
 * <p>{@link #of} gives 9 tables: {@code customers} (integer surrogate key; unique e-mails), {@code products} (natural
 * code {@code P-00012}; unique decimal prices), {@code stores}, {@code date_dim} (yyyyMMdd {@code date_key} plus a
 * {@code date}), {@code orders} (nullable {@code customer_id} with NULLs, blanks and ~1% orphans; unique millisecond
 * timestamps and unique decimal amounts), {@code order_lines} (key {@code order_id, line_no}; products repeat within
 * an order), {@code returns} (references a line by {@code order_id, line_no}; decoys: an {@code order_date}, an
 * {@code order_created_at} and an {@code amount} copied from the order or line, all contained in a unique column of
 * another fact), {@code events} (a log with duplicate rows: no key) and {@code inventory} (key of three columns).
 * {@link #wide} adds {@code suppliers}, {@code employees}, {@code promotions}, {@code shipments}, {@code payments}
 * and attribute columns (low-cardinality categories, decimals, flags, scores) up to 14 tables and 237 columns, for
 * benchmarks. {@code rows} is the size of each fact table ({@code returns} has a tenth), dimensions scale with it.
 *
 * <p>Rows are pure functions of (seed, table, row number) and are generated while writing, so large sizes need no
 * memory; {@link #rows(String)} regenerates a table's rows for assertions.
 */
public final class TestingStarSchema {
    private static final DateTimeFormatter KEY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS", Locale.ROOT);
    private static final LocalDate FIRST_DAY = LocalDate.of(2022, 1, 1);
    private static final int DAYS = 730;
    private static final int STORES = 20;
    private static final int ORPHAN_IDS = 10;
    private static final String[] CITIES = {"Lyon", "Porto", "Graz", "Turku", "Ghent", "Cork", "Bern", "Split"};
    private static final String[] FIRST = {"Ana", "Ben", "Cleo", "Dan", "Eva", "Finn", "Gus", "Hana", "Ivo", "Jade"};
    private static final String[] LAST = {"Silva", "Meyer", "Rossi", "Novak", "Dubois", "Berg", "Kowal", "Horvat"};

    private final long seed;
    private final int rows;
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final List<TrueRelationship> relationships = new ArrayList<>();
    private final int customers, products, orderCount, lines, returnCount;
    private final int[] firstLine; // first line number (0-based, over all lines) of each order, for line -> order

    /**
     * A relationship the data was generated with.
     *
     * @param fromTable   child table
     * @param fromColumns child columns
     * @param toTable     parent table
     * @param toColumns   parent key columns
     */
    public record TrueRelationship(String fromTable, List<String> fromColumns, String toTable, List<String> toColumns) {
        public TrueRelationship {
            fromColumns = List.copyOf(fromColumns);
            toColumns = List.copyOf(toColumns);
        }

        /** Whether a discovered relationship is this one (same tables, same column pairs in any order). */
        public boolean matches(Relationship r) {
            if (!r.fromTable().name().equals(fromTable) || !r.toTable().name().equals(toTable)
                    || r.fromColumns().size() != fromColumns.size()) {
                return false;
            }
            for (int i = 0; i < fromColumns.size(); i++) {
                int j = r.fromColumns().indexOf(fromColumns.get(i));
                if (j < 0 || !r.toColumns().get(j).equals(toColumns.get(i))) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String toString() {
            return fromTable + fromColumns + " -> " + toTable + toColumns;
        }
    }

    private record Table(String name, List<String> columns, int rows, List<String> key, IntFunction<String[]> row) {
    }

    private TestingStarSchema(int rows, long seed, boolean wide) {
        if (rows < 100) {
            throw new IllegalArgumentException("rows per fact table must be at least 100, not " + rows);
        }
        this.seed = seed;
        this.rows = rows;
        this.customers = Math.max(100, rows / 10);
        this.products = Math.max(50, rows / 50);
        this.returnCount = Math.max(20, rows / 10);
        // order_lines holds exactly `rows` lines: 1-5 lines per order, for as many orders as needed
        List<Integer> starts = new ArrayList<>();
        int line = 0;
        while (line < rows) {
            starts.add(line);
            line += 1 + rnd("lines", starts.size() - 1).nextInt(5);
        }
        this.lines = rows;
        this.firstLine = starts.stream().mapToInt(Integer::intValue).toArray();
        this.orderCount = Math.max(rows, firstLine.length);
        customers();
        products();
        stores();
        dates();
        orders();
        orderLines();
        returns();
        events();
        inventory();
        if (wide) {
            suppliers();
            employees();
            promotions();
            shipments();
            payments();
            pad(237);
        }
    }

    /** The 9-table schema with {@code rows} rows per fact table. */
    public static TestingStarSchema of(int rows, long seed) {
        return new TestingStarSchema(rows, seed, false);
    }

    /** The 14-table, 237-column schema with {@code rows} rows per fact table (~100k for the discover benchmark). */
    public static TestingStarSchema wide(int rows, long seed) {
        return new TestingStarSchema(rows, seed, true);
    }

    /** Table names in generation order (dimensions first). */
    public List<String> tables() {
        return List.copyOf(tables.keySet());
    }

    /** Data columns of all tables. */
    public int columnCount() {
        return tables.values().stream().mapToInt(t -> t.columns.size()).sum();
    }

    public List<String> columns(String table) {
        return table(table).columns;
    }

    /** Each table's true primary key, empty for a table without one. */
    public Map<String, List<String>> primaryKeys() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        tables.values().forEach(t -> out.put(t.name, t.key));
        return out;
    }

    public List<TrueRelationship> relationships() {
        return List.copyOf(relationships);
    }

    /** The rows of a table as written (null for an empty CSV field), regenerated. */
    public List<String[]> rows(String table) {
        Table t = table(table);
        List<String[]> out = new ArrayList<>(t.rows);
        for (int i = 0; i < t.rows; i++) {
            out.add(t.row.apply(i));
        }
        return out;
    }

    /** Writes {@code <table>.csv} for every table into a directory; returns the files in table order. */
    public List<Path> write(Path dir) {
        List<Path> out = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (Table t : tables.values()) {
                Path file = dir.resolve(t.name + ".csv");
                try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    w.write(String.join(",", t.columns));
                    w.write('\n');
                    for (int i = 0; i < t.rows; i++) {
                        String[] row = t.row.apply(i);
                        for (int c = 0; c < row.length; c++) {
                            if (c > 0) {
                                w.write(',');
                            }
                            if (row[c] != null) {
                                w.write('"');
                                w.write(row[c].replace("\"", "\"\""));
                                w.write('"');
                            }
                        }
                        w.write('\n');
                    }
                }
                out.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the star schema to " + dir, e);
        }
        return out;
    }

    private Table table(String name) {
        Table t = tables.get(name);
        if (t == null) {
            throw new IllegalArgumentException("no table '" + name + "'; tables: " + tables.keySet());
        }
        return t;
    }

    private SplittableRandom rnd(String table, long row) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + table.hashCode() * 1_000_003L + row);
    }

    private void add(String name, List<String> columns, int n, List<String> key, IntFunction<String[]> row) {
        tables.put(name, new Table(name, List.copyOf(columns), n, List.copyOf(key), row));
    }

    private void rel(String from, String fromColumn, String to, String toColumn) {
        relationships.add(new TrueRelationship(from, List.of(fromColumn), to, List.of(toColumn)));
    }

    private static String day(int index) {
        return FIRST_DAY.plusDays(index).format(KEY);
    }

    private static String money(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private void customers() {
        add("customers", List.of("customer_id", "customer_name", "email", "city", "segment", "signup_date"), customers,
                List.of("customer_id"), i -> {
                    SplittableRandom r = rnd("customers", i);
                    return new String[] {Integer.toString(i + 1), FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)],
                        "user" + (i + 1) + "@example.com", CITIES[r.nextInt(CITIES.length)],
                        r.nextInt(3) == 0 ? "business" : "consumer",
                        // before the date dimension: a date column that is no reference to it
                        LocalDate.of(2015, 1, 1).plusDays(r.nextInt(1500)).toString()};
                });
    }

    private String productCode(int p) {
        return String.format(Locale.ROOT, "P-%05d", 10 + 3 * p);
    }

    private String productPrice(int p) {
        return money(2 + p * 0.37);
    }

    private void products() {
        String[] adjectives = {"Red", "Big", "Smart", "Eco", "Tiny", "Pro"};
        String[] nouns = {"Lamp", "Chair", "Kettle", "Desk", "Mug", "Fan", "Shelf"};
        add("products", List.of("product_code", "product_name", "category", "unit_price", "weight_kg"), products,
                List.of("product_code"), p -> {
                    SplittableRandom r = rnd("products", p);
                    return new String[] {productCode(p), adjectives[r.nextInt(adjectives.length)] + " " + nouns[r.nextInt(nouns.length)],
                        "cat" + r.nextInt(8), productPrice(p), String.format(Locale.ROOT, "%.3f", 0.1 + r.nextDouble() * 20)};
                });
    }

    private void stores() {
        String[] kinds = {"Downtown", "Mall", "Airport", "Station"};
        add("stores", List.of("store_id", "store_name", "city", "region", "opened_date"), STORES, List.of("store_id"), s -> {
            SplittableRandom r = rnd("stores", s);
            String city = CITIES[r.nextInt(CITIES.length)];
            return new String[] {Integer.toString(s + 1), city + " " + kinds[r.nextInt(kinds.length)], city,
                "R" + (1 + r.nextInt(4)), LocalDate.of(2000, 1, 1).plusDays(r.nextInt(3650)).toString()};
        });
    }

    private void dates() {
        add("date_dim", List.of("date_key", "date", "year", "quarter", "month", "month_name", "day_of_week", "is_weekend"),
                DAYS, List.of("date_key"), d -> {
                    LocalDate day = FIRST_DAY.plusDays(d);
                    int dow = day.getDayOfWeek().getValue();
                    return new String[] {day.format(KEY), day.toString(), Integer.toString(day.getYear()),
                        Integer.toString((day.getMonthValue() + 2) / 3), Integer.toString(day.getMonthValue()),
                        day.getMonth().name().toLowerCase(Locale.ROOT), Integer.toString(dow), dow >= 6 ? "yes" : "no"};
                });
    }

    /** The order row {@code o}: order_id, customer_id, store_id, order_date, created_at, amount, status, channel. */
    private String[] order(int o) {
        SplittableRandom r = rnd("orders", o);
        int k = r.nextInt(100);
        String customer = k < 3 ? null : k < 4 ? "  "
                : k < 5 ? Integer.toString(customers + 1 + r.nextInt(ORPHAN_IDS)) : Integer.toString(1 + r.nextInt(customers));
        String created = LocalDateTime.of(2022, 1, 1, 0, 0).plusNanos((o * 180_000L + r.nextInt(179_999)) * 1_000_000L).format(TS);
        return new String[] {Integer.toString(100_001 + o), customer, Integer.toString(1 + r.nextInt(STORES)),
            day(r.nextInt(DAYS)), created, String.format(Locale.ROOT, "%.3f", 5 + o * 0.731 + r.nextInt(500) / 1000.0),
            r.nextInt(10) == 0 ? "cancelled" : "complete", r.nextBoolean() ? "web" : "shop"};
    }

    private void orders() {
        add("orders", List.of("order_id", "customer_id", "store_id", "order_date", "created_at", "amount", "status", "channel"),
                orderCount, List.of("order_id"), this::order);
        rel("orders", "customer_id", "customers", "customer_id");
        rel("orders", "store_id", "stores", "store_id");
        rel("orders", "order_date", "date_dim", "date_key");
    }

    /** The line {@code j}: order_id, line_no, product_code, quantity, unit_price, amount. */
    private String[] line(int j) {
        int o = Arrays.binarySearch(firstLine, j);
        o = o >= 0 ? o : -o - 2;
        int lineNo = j - firstLine[o] + 1;
        SplittableRandom r = rnd("order_lines", j);
        // the second line of every third order repeats the first line's product: (order_id, product_code) is no key
        int product = lineNo == 2 && o % 3 == 0 ? rnd("order_lines", j - 1).nextInt(products) : r.nextInt(products);
        if (lineNo == 2 && o % 3 == 0) {
            r.nextInt(products);
        }
        return new String[] {Integer.toString(100_001 + o), Integer.toString(lineNo), productCode(product),
            Integer.toString(1 + r.nextInt(10)), productPrice(product),
            String.format(Locale.ROOT, "%.3f", 1 + j * 0.517 + r.nextInt(400) / 1000.0)};
    }

    private void orderLines() {
        add("order_lines", List.of("order_id", "line_no", "product_code", "quantity", "unit_price", "amount"), lines,
                List.of("order_id", "line_no"), this::line);
        rel("order_lines", "order_id", "orders", "order_id");
        rel("order_lines", "product_code", "products", "product_code");
    }

    private void returns() {
        int stride = Math.max(2, lines / (returnCount + 2));
        add("returns", List.of("return_id", "order_id", "line_no", "return_date", "order_date", "order_created_at", "amount",
                "reason"), returnCount, List.of("return_id"), i -> {
                    // pairs of neighbouring lines: often two lines of one order, so order_id repeats
                    String[] line = line(Math.min(lines - 1, (i / 2) * 2 * stride + i % 2));
                    String[] order = order(Integer.parseInt(line[0]) - 100_001);
                    SplittableRandom r = rnd("returns", i);
                    return new String[] {Integer.toString(9_001 + i), line[0], line[1], day(r.nextInt(DAYS)), order[3], order[4],
                        line[5], r.nextBoolean() ? "damaged" : "not as described"};
                });
        relationships.add(new TrueRelationship("returns", List.of("order_id", "line_no"), "order_lines",
                List.of("order_id", "line_no")));
        rel("returns", "order_id", "orders", "order_id");
        rel("returns", "return_date", "date_dim", "date_key");
        rel("returns", "order_date", "date_dim", "date_key");
    }

    private void events() {
        String[] types = {"view", "click", "cart", "search"};
        String[] pages = {"/", "/search", "/cart", "/checkout", "/help"};
        add("events", List.of("event_ts", "customer_id", "event_type", "page", "device"), rows, List.of(), i -> {
            int e = i % 20 == 7 ? i - 1 : i; // every 20th row is an exact duplicate of the previous one
            SplittableRandom r = rnd("events", e);
            return new String[] {LocalDateTime.of(2023, 1, 1, 0, 0).plusNanos((e * 2_000L + r.nextInt(1_999)) * 1_000_000L)
                    .format(TS), Integer.toString(1 + r.nextInt(customers)), types[r.nextInt(types.length)],
                pages[r.nextInt(pages.length)], r.nextBoolean() ? "mobile" : "desktop"};
        });
        rel("events", "customer_id", "customers", "customer_id");
    }

    private void inventory() {
        int dates = DAYS / 7;
        int perStore = Math.min(products, Math.max(2, (rows + STORES * dates - 1) / (STORES * dates)));
        add("inventory", List.of("snapshot_date", "store_id", "product_code", "on_hand", "unit_cost"), rows,
                List.of("snapshot_date", "store_id", "product_code"), i -> {
                    int m = i % perStore, s = (i / perStore) % STORES, d = i / (perStore * STORES);
                    // distinct products per (date, store); stores share products on a date, dates repeat (store, product)
                    int offset = rnd("inventory-offset", (long) d * STORES + s).nextInt(products);
                    int product = (offset + m) % products;
                    SplittableRandom r = rnd("inventory", i);
                    return new String[] {day((d * 7) % DAYS), Integer.toString(s + 1), productCode(product),
                        Integer.toString(r.nextInt(51)), String.format(Locale.ROOT, "%.4f", r.nextDouble() * 50)};
                });
        rel("inventory", "store_id", "stores", "store_id");
        rel("inventory", "product_code", "products", "product_code");
        rel("inventory", "snapshot_date", "date_dim", "date_key");
    }

    private int employeeCount() {
        return Math.max(30, rows / 100);
    }

    private void suppliers() {
        add("suppliers", List.of("supplier_id", "supplier_name", "country", "rating_score"), Math.max(40, rows / 200),
                List.of("supplier_id"), i -> {
                    SplittableRandom r = rnd("suppliers", i);
                    return new String[] {Integer.toString(501 + i), LAST[r.nextInt(LAST.length)] + " Ltd",
                        CITIES[r.nextInt(CITIES.length)], Integer.toString(r.nextInt(100))};
                });
    }

    private void employees() {
        add("employees", List.of("employee_id", "store_id", "hire_date", "title"), employeeCount(), List.of("employee_id"), i -> {
            SplittableRandom r = rnd("employees", i);
            return new String[] {Integer.toString(i + 1), Integer.toString(1 + r.nextInt(STORES)),
                LocalDate.of(2010, 1, 1).plusDays(r.nextInt(3000)).toString(), r.nextBoolean() ? "clerk" : "manager"};
        });
        rel("employees", "store_id", "stores", "store_id");
    }

    private void promotions() {
        add("promotions", List.of("promo_code", "discount_pct", "start_date"), 50, List.of("promo_code"), i -> {
            SplittableRandom r = rnd("promotions", i);
            return new String[] {String.format(Locale.ROOT, "PR-%04d", 7 * i + 1), (5 + r.nextInt(40)) + "%", day(r.nextInt(DAYS))};
        });
        rel("promotions", "start_date", "date_dim", "date_key");
    }

    private void shipments() {
        int n = rows * 4 / 5;
        add("shipments", List.of("shipment_id", "order_id", "ship_date", "carrier", "shipped_at", "employee_id"), n,
                List.of("shipment_id"), i -> {
                    SplittableRandom r = rnd("shipments", i);
                    // 4 of 5 orders are shipped, each once: order_id is unique here too (one-to-one)
                    int o = i / 4 * 5 + i % 4;
                    return new String[] {Integer.toString(70_000_001 + i), Integer.toString(100_001 + o), day(r.nextInt(DAYS)),
                        r.nextBoolean() ? "DHL" : "UPS", LocalDateTime.of(2022, 1, 1, 0, 0).plusSeconds(i * 300L + r.nextInt(299))
                            .format(TS), r.nextInt(10) == 0 ? null : Integer.toString(1 + r.nextInt(employeeCount()))};
                });
        rel("shipments", "order_id", "orders", "order_id");
        rel("shipments", "ship_date", "date_dim", "date_key");
        rel("shipments", "employee_id", "employees", "employee_id");
    }

    private void payments() {
        add("payments", List.of("payment_id", "order_id", "paid_at", "amount", "method", "promo_code"), rows,
                List.of("payment_id"), i -> {
                    SplittableRandom r = rnd("payments", i);
                    return new String[] {Integer.toString(i + 1), Integer.toString(100_001 + r.nextInt(orderCount)),
                        LocalDateTime.of(2022, 1, 1, 0, 0).plusSeconds(i * 250L + r.nextInt(249)).format(TS),
                        money(1 + r.nextDouble() * 300), r.nextBoolean() ? "card" : "cash",
                        r.nextInt(5) == 0 ? String.format(Locale.ROOT, "PR-%04d", 7 * r.nextInt(50) + 1) : null};
                });
        rel("payments", "order_id", "orders", "order_id");
        rel("payments", "promo_code", "promotions", "promo_code");
    }

    /** Adds attribute columns, spread over the tables, until the schema has {@code total} columns. */
    private void pad(int total) {
        int missing = total - columnCount();
        List<String> names = List.copyOf(tables.keySet());
        for (int t = 0; t < names.size(); t++) {
            Table base = tables.get(names.get(t));
            int extra = missing / names.size() + (t < missing % names.size() ? 1 : 0);
            List<String> columns = new ArrayList<>(base.columns);
            for (int q = 0; q < extra; q++) {
                columns.add(String.format(Locale.ROOT, "attr_%02d_%s", q, switch (q % 4) {
                    case 0 -> "category";
                    case 1 -> "price";
                    case 2 -> "flag";
                    default -> "score";
                }));
            }
            String name = base.name;
            // events repeats every 20th row: its attributes repeat with it
            IntFunction<Integer> source = name.equals("events") ? i -> i % 20 == 7 ? i - 1 : i : i -> i;
            add(name, columns, base.rows, base.key, i -> {
                String[] row = Arrays.copyOf(base.row.apply(i), columns.size());
                SplittableRandom r = rnd(name + "-attributes", source.apply(i));
                for (int q = 0; q < extra; q++) {
                    row[base.columns.size() + q] = switch (q % 4) {
                        case 0 -> "c" + r.nextInt(5);
                        case 1 -> money(r.nextDouble() * 1000);
                        case 2 -> r.nextBoolean() ? "true" : "false";
                        default -> Integer.toString(r.nextInt(100));
                    };
                }
                return row;
            });
        }
    }
}
