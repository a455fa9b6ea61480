package dev.kimball.connector.json;

import dev.kimball.spi.RecordReader;
import dev.kimball.spi.SourceRecord;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A one-off measurement and the child process of {@link LargeFileMemoryTest}, not a timed test: writes {@code rows}
 * objects (nested, an array, unicode, ~280 bytes each) as JSON lines or as one array, then reads them and prints rows,
 * rows/s and the peak heap.
 *
 * <pre>
 * mvn -o -q -pl kimball-connectors/kimball-connector-json test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/js.cp
 * CP=kimball-connectors/kimball-connector-json/target/classes:kimball-connectors/kimball-connector-json/target/test-classes:$(cat /tmp/js.cp)
 * java -cp $CP dev.kimball.connector.json.JsonReadCheck write /tmp/rate.jsonl 1000000
 * java -cp $CP dev.kimball.connector.json.JsonReadCheck rate /tmp/rate.jsonl 5
 * java -Xmx32m -cp $CP dev.kimball.connector.json.JsonReadCheck read /tmp/rate.jsonl
 * </pre>
 */
final class JsonReadCheck {
    private JsonReadCheck() {
    }

    public static void main(String[] args) throws IOException {
        switch (args[0]) {
            case "write" -> write(Path.of(args[1]), Long.parseLong(args[2]));
            case "read" -> {
                long t0 = System.nanoTime();
                long[] r = read(Path.of(args[1]));
                double s = (System.nanoTime() - t0) / 1e9;
                System.out.printf("rows=%d checksum=%d in %.2f s = %,.0f rows/s; max heap %d MiB, peak heap used %d MiB%n",
                        r[0], r[1], s, r[0] / s, Runtime.getRuntime().maxMemory() >> 20, peakHeap() >> 20);
            }
            case "rate" -> {
                Path file = Path.of(args[1]);
                System.out.printf("%s: %,d bytes%n", file, Files.size(file));
                for (int round = 1; round <= Integer.parseInt(args[2]); round++) {
                    long t0 = System.nanoTime();
                    long c0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                    long[] r = read(file);
                    double s = (System.nanoTime() - t0) / 1e9;
                    double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - c0) / 1e9;
                    // the thread's CPU time gives a rate that other processes on the machine do not distort
                    System.out.printf("round %d: %,d rows in %.2f s = %,.0f rows/s (wall); %.2f s CPU = %,.0f rows/s per core%n",
                            round, r[0], s, r[0] / s, cpu, r[0] / cpu);
                }
            }
            default -> throw new IllegalArgumentException("write|read|rate");
        }
    }

    /** JSON lines unless the file name ends in {@code .json}, then one pretty-ish array. */
    static void write(Path file, long rows) throws IOException {
        boolean array = file.getFileName().toString().endsWith(".json");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            if (array) {
                w.write("[\n");
            }
            for (long i = 0; i < rows; i++) {
                if (array && i > 0) {
                    w.write(",\n");
                }
                w.write("{\"id\": " + i + ", \"customer\": {\"name\": \"Customer Ñame " + i + "\", \"email\": \"c" + i
                        + "@example.com\", \"address\": {\"city\": \"Zürich\", \"zip\": \"" + (8000 + i % 100) + "\"}}, "
                        + "\"amount\": " + (i % 100000) / 100.0 + ", \"paid\": " + (i % 2 == 0) + ", \"ts\": \"2024-01-"
                        + (10 + i % 20) + "T10:11:12Z\", \"tags\": [\"t" + i % 7 + "\", \"x\"], \"note\": "
                        + (i % 3 == 0 ? "null" : "\"some free text to make the row longer, with unicode: 日本語\"") + "}");
                if (!array) {
                    w.write('\n');
                }
            }
            if (array) {
                w.write("\n]\n");
            }
        }
    }

    /** Rows read and a checksum over every value's length and first character, so nothing can be skipped. */
    static long[] read(Path file) {
        long rows = 0;
        long checksum = 0;
        try (RecordReader r = TestingJson.open(file)) {
            SourceRecord rec;
            while ((rec = r.next()) != null) {
                if (rec.isReject()) {
                    throw new IllegalStateException("unexpected reject at line " + rec.line() + ": " + rec.rejectReason());
                }
                rows++;
                for (String v : rec.values()) {
                    checksum = checksum * 31 + (v == null ? 7 : v.length() * 131 + v.charAt(0));
                }
            }
        }
        return new long[] {rows, checksum};
    }

    static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
