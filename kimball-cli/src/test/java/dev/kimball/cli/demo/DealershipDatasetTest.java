package dev.kimball.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DealershipDatasetTest {
    @TempDir
    Path tmp;

    @Test
    void sameSeedWritesByteIdenticalFilesWhateverTheDefaultLocale() throws Exception {
        Map<String, String> first = hashes(new DealershipDataset(42).writeTo(tmp.resolve("a")));
        Locale saved = Locale.getDefault();
        Map<String, String> turkish;
        Map<String, String> german;
        try {
            // Turkish upper-cases 'i' to a dotted 'İ'; German formats 1,234.5 as 1.234,5: neither may leak into the files
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            turkish = hashes(new DealershipDataset(42).writeTo(tmp.resolve("b")));
            Locale.setDefault(Locale.GERMANY);
            german = hashes(new DealershipDataset(42).writeTo(tmp.resolve("c")));
        } finally {
            Locale.setDefault(saved);
        }
        assertThat(first).hasSize(5).isEqualTo(turkish).isEqualTo(german);
    }

    @Test
    void anotherSeedChangesEveryFile() throws Exception {
        Map<String, String> a = hashes(new DealershipDataset(42).writeTo(tmp.resolve("a")));
        Map<String, String> b = hashes(new DealershipDataset(7).writeTo(tmp.resolve("b")));
        assertThat(a.keySet()).isEqualTo(b.keySet());
        for (String file : a.keySet()) {
            assertThat(a.get(file)).as(file).isNotEqualTo(b.get(file));
        }
    }

    @Test
    void salesTransactionsHaveExactlyThePlantedBrokenRecords() throws IOException {
        DemoFile sales = file(new DealershipDataset(42).writeTo(tmp), "sales_transactions.csv");
        TestingCsvParser.Parsed parsed = TestingCsvParser.parse(Files.readString(sales.path()), ',');
        List<String> header = parsed.records().get(0);
        List<List<String>> data = parsed.records().subList(1, parsed.records().size());

        assertThat(header).hasSize(20).startsWith("Transaction ID", "Type", "Sale Date");
        assertThat(data).hasSize(sales.records()).hasSize(DealershipDataset.SALES);
        assertThat(sales.brokenRecords()).isEqualTo(3);
        Map<Integer, Long> byFieldCount = data.stream().collect(Collectors.groupingBy(List::size, Collectors.counting()));
        // 20 columns, except one record with an unquoted comma (21) and one cut short (12); the unclosed quote
        // swallows the end of the file, so it is the last record and still has 20 fields to our reader
        assertThat(byFieldCount).containsOnlyKeys(20, 21, 12).containsEntry(21, 1L).containsEntry(12, 1L);
        assertThat(parsed.unterminated()).isTrue();
        assertThat(data.get(data.size() - 1).get(19)).startsWith("Customer will return Monday");
        // the valid multi-line notes are quoted, so they stay inside one record
        assertThat(data.stream().filter(r -> r.size() == 20 && r.get(19).contains("\n")).count()).isGreaterThan(10);
    }

    @Test
    void eachSalesColumnKeepsOneFormat() throws IOException {
        DemoFile sales = file(new DealershipDataset(42).writeTo(tmp), "sales_transactions.csv");
        List<List<String>> rows = TestingCsvParser.parse(Files.readString(sales.path()), ',').records().stream()
                .skip(1).filter(r -> r.size() == 20).toList();
        assertColumn(rows, 2, "\\d{4}-\\d{2}-\\d{2}");
        assertColumn(rows, 7, "\\$\\d{1,3}(,\\d{3})*\\.\\d{2}");
        assertColumn(rows, 9, "€ \\d{1,3}(\\.\\d{3})*,\\d{2}");
        assertColumn(rows, 10, "\\d{1,2}(\\.\\d)?%");
        assertColumn(rows, 11, "\\d\\.\\d{2}%");
        assertColumn(rows, 13, "\\(?\\d{1,3}(,\\d{3})*\\.\\d{2}\\)?");
        assertColumn(rows, 15, "\\d{2}/\\d{2}/\\d{4}");
        assertColumn(rows, 16, "\\d{2}\\.\\d{2}\\.\\d{4}");
        assertColumn(rows, 17, "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{1,2}, \\d{4}");
        assertColumn(rows, 18, "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        long refunds = rows.stream().filter(r -> r.get(1).equals("Refund")).count();
        assertThat(refunds).isBetween(50L, 300L);
        assertThat(rows.stream().filter(r -> r.get(1).equals("Refund")).map(r -> r.get(13)))
                .allMatch(v -> v.matches("\\(\\d{1,3}(,\\d{3})*\\.\\d{2}\\)"));
    }

    @Test
    void otherFilesAreWellFormedAndAsMessyAsIntended() throws IOException {
        List<DemoFile> files = new DealershipDataset(42).writeTo(tmp);

        DemoFile dealers = file(files, "dealers.csv");
        byte[] dealerBytes = Files.readAllBytes(dealers.path());
        assertThat(dealerBytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String dealerText = new String(dealerBytes, 3, dealerBytes.length - 3, StandardCharsets.UTF_8);
        assertThat(dealerText).contains("\r\n", "Café Motors");
        assertWellFormed(dealerText, ',', 12, 20);

        DemoFile vehicles = file(files, "vehicles.tsv");
        List<String> lines = Files.readAllLines(vehicles.path());
        assertThat(lines.get(0)).doesNotContain("\t");
        assertThat(lines.get(1)).doesNotContain("\t");
        String table = String.join("\n", lines.subList(VehiclesTsv.PREAMBLE_LINES, lines.size()));
        List<List<String>> vehicleRows = assertWellFormed(table, '\t', 13, DealershipDataset.VEHICLES);
        Set<String> vins = vehicleRows.stream().map(r -> r.get(0)).collect(Collectors.toSet());
        assertThat(vins).hasSize(DealershipDataset.VEHICLES).allMatch(DealershipDatasetTest::validVin);

        DemoFile customers = file(files, "customers.csv");
        List<List<String>> customerRows = assertWellFormed(Files.readString(customers.path()), ',', 14,
                DealershipDataset.CUSTOMERS + CustomersCsv.DUPLICATES);
        assertThat(customerRows.stream().map(r -> r.get(0)).distinct().count()).isEqualTo(DealershipDataset.CUSTOMERS);
        assertThat(customerRows.stream().map(List::toString).distinct().count()).isEqualTo(DealershipDataset.CUSTOMERS);
        assertThat(customerRows).allMatch(r -> r.get(0).matches("\\d{6}"));
        assertThat(customerRows.stream().filter(r -> r.get(8).startsWith("0")).count()).isGreaterThan(500);

        DemoFile daily = file(files, "daily_sales.csv");
        byte[] dailyBytes = Files.readAllBytes(daily.path());
        assertThat(isUtf8(dailyBytes)).as("daily_sales.csv must not be valid UTF-8").isFalse();
        String dailyText = new String(dailyBytes, DailySalesCsv.WINDOWS_1252);
        assertThat(dailyText).contains(";Café Motors;", "\r\n");
        List<List<String>> dailyRows = assertWellFormed(dailyText, ';', 7, 731 * 20);
        assertThat(dailyRows).allMatch(r -> r.get(4).matches("\\d+,\\d{2}") && r.get(0).matches("\\d{2}\\.\\d{2}\\.\\d{4}"));

        // every sale points at a known vehicle, customer and dealer: relationships are there to be discovered
        DemoFile sales = file(files, "sales_transactions.csv");
        Set<String> customerIds = customerRows.stream().map(r -> r.get(0)).collect(Collectors.toSet());
        List<List<String>> saleRows = TestingCsvParser.parse(Files.readString(sales.path()), ',').records().stream()
                .skip(1).filter(r -> r.size() == 20).toList();
        assertThat(saleRows).allMatch(r -> vins.contains(r.get(4)) && customerIds.contains(r.get(5))
                && r.get(3).matches("D0[0-2]\\d"));
    }

    private static List<List<String>> assertWellFormed(String text, char delimiter, int columns, int records) {
        TestingCsvParser.Parsed parsed = TestingCsvParser.parse(text, delimiter);
        assertThat(parsed.unterminated()).isFalse();
        assertThat(parsed.records()).allMatch(r -> r.size() == columns).hasSize(records + 1);
        return parsed.records().subList(1, parsed.records().size());
    }

    private static void assertColumn(List<List<String>> rows, int column, String regex) {
        List<String> values = rows.stream().map(r -> r.get(column)).filter(v -> !v.isEmpty()).toList();
        assertThat(values).as("column %d", column).isNotEmpty().allMatch(v -> v.matches(regex));
    }

    private static boolean validVin(String vin) {
        return vin.length() == 17 && vin.chars().noneMatch(c -> c == 'I' || c == 'O' || c == 'Q')
                && Vin.checkDigit(vin.toCharArray()) == vin.charAt(8);
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static DemoFile file(List<DemoFile> files, String name) {
        return files.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    private static Map<String, String> hashes(List<DemoFile> files) throws IOException, NoSuchAlgorithmException {
        Map<String, String> hashes = new HashMap<>();
        for (DemoFile f : files) {
            hashes.put(f.name(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f.path()))));
        }
        return hashes;
    }
}
