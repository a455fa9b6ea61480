package dev.kimball.cli.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A vehicle on (or once on) a dealer's lot. */
record Vehicle(String vin, String stockNumber, String make, String model, int year, String trim, String color,
               int mileage, long msrpDollars, Dealer dealer, LocalDate arrived, String condition, String fuel) {

    private record Model(String make, String wmi, String name, int baseMsrp) {
    }

    private static final List<Model> MODELS = List.of(
            new Model("Toyota", "4T1", "Camry", 28_400), new Model("Toyota", "2T3", "RAV4", 30_250),
            new Model("Toyota", "5TD", "Highlander", 39_520), new Model("Toyota", "3TM", "Tacoma", 31_500),
            new Model("Honda", "1HG", "Civic", 24_650), new Model("Honda", "1HG", "Accord", 28_990),
            new Model("Honda", "5J6", "CR-V", 30_850), new Model("Ford", "1FT", "F-150", 36_965),
            new Model("Ford", "1FM", "Explorer", 39_225), new Model("Ford", "1FA", "Mustang", 32_515),
            new Model("Chevrolet", "1GC", "Silverado 1500", 38_395), new Model("Chevrolet", "3GN", "Equinox", 28_600),
            new Model("Chevrolet", "1GN", "Tahoe", 58_195), new Model("Subaru", "4S4", "Outback", 29_240),
            new Model("Subaru", "JF2", "Forester", 27_895), new Model("Nissan", "1N4", "Altima", 27_000),
            new Model("Nissan", "5N1", "Rogue", 29_230), new Model("Hyundai", "5NM", "Tucson", 28_605),
            new Model("Hyundai", "KMH", "Elantra", 21_625), new Model("BMW", "WBA", "330i", 44_900),
            new Model("BMW", "5UX", "X5", 65_200), new Model("Volkswagen", "3VW", "Jetta", 21_995),
            new Model("Volkswagen", "1V2", "Atlas", 37_995), new Model("Kia", "5XY", "Telluride", 36_190),
            new Model("Mazda", "JM3", "CX-5", 28_650));
    private static final String[] TRIMS = {"Base", "S", "SE", "LE", "XLE", "Sport", "Touring", "Limited", "EX-L", "LX"};
    private static final String[] COLORS = {"Black", "White", "Silver", "Gray", "Blue", "Red", "Pearl White",
        "Midnight Blue", "Green", "Brown"};

    static List<Vehicle> generate(Random r, List<Dealer> dealers, int count) {
        List<Vehicle> vehicles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Model m = MODELS.get(r.nextInt(MODELS.size()));
            int conditionRoll = r.nextInt(100);
            String condition = conditionRoll < 55 ? "New" : conditionRoll < 85 ? "Used" : "Certified Pre-Owned";
            boolean isNew = condition.equals("New");
            LocalDate arrived = LocalDate.of(2022, 6, 1).plusDays(r.nextInt(940));
            int year = isNew ? arrived.getYear() + r.nextInt(2) : 2014 + r.nextInt(Math.min(10, arrived.getYear() - 2014));
            int mileage = isNew ? r.nextInt(40) : (arrived.getYear() - year + 1) * (6_000 + r.nextInt(9_000)) + r.nextInt(1_000);
            long msrp = Math.max(4_995, m.baseMsrp() + 250L * r.nextInt(40) - (isNew ? 0 : (2025L - year) * 2_100));
            int fuelRoll = r.nextInt(100);
            String fuel = fuelRoll < 78 ? "Gasoline" : fuelRoll < 94 ? "Hybrid" : m.make().equals("Ford") ? "Diesel" : "Plug-in Hybrid";
            Dealer dealer = dealers.get(r.nextInt(dealers.size()));
            String stock = "S" + (arrived.getYear() % 100) + "-" + MessyFormats.padded(i + 1, 5);
            vehicles.add(new Vehicle(Vin.of(m.wmi(), year, 100_000 + i * 7, r), stock, m.make(), m.name(), year,
                    TRIMS[r.nextInt(TRIMS.length)], COLORS[r.nextInt(COLORS.length)], mileage, msrp, dealer, arrived,
                    condition, fuel));
        }
        return List.copyOf(vehicles);
    }
}
