package dev.kimball.connector.parquet;

import dev.kimball.spi.RecordReader;
import dev.kimball.spi.SourceRecord;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.function.Consumer;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/**
 * A one-off measurement and the child process of {@link LargeFileMemoryTest}, not a timed test: writes a file of
 * {@code rows} rows (7 columns: id, name, category, amount DECIMAL, ts TIMESTAMP micros UTC, flag, score DOUBLE) in
 * 128 MiB row groups, snappy, then reads it and prints rows, rows/s and the peak heap.
 *
 * <pre>
 * mvn -o -q -pl kimball-connectors/kimball-connector-parquet test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/pq.cp
 * CP=kimball-connectors/kimball-connector-parquet/target/classes:kimball-connectors/kimball-connector-parquet/target/test-classes:$(cat /tmp/pq.cp)
 * java -cp $CP dev.kimball.connector.parquet.ParquetReadCheck write /tmp/rate.parquet 5000000
 * java -cp $CP dev.kimball.connector.parquet.ParquetReadCheck rate /tmp/rate.parquet 5
 * java -Xmx96m -cp $CP dev.kimball.connector.parquet.ParquetReadCheck read /tmp/rate.parquet
 * </pre>
 */
final class ParquetReadCheck {
    static final MessageType SCHEMA = MessageTypeParser.parseMessageType("""
            message sales {
              required int64 id;
              required binary name (STRING);
              optional binary category (STRING);
              optional int64 amount (DECIMAL(12,2));
              optional int64 ts (TIMESTAMP(MICROS,true));
              optional boolean flag;
              optional double score;
            }""");
    private static final String[] CATEGORIES = {"books", "games", "food", "garden", "toys", "tools", "music", "films"};

    private ParquetReadCheck() {
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

    static void write(Path file, long rows) throws IOException {
        Iterable<Consumer<Group>> source = () -> new Iterator<>() {
            long i;

            @Override
            public boolean hasNext() {
                return i < rows;
            }

            @Override
            public Consumer<Group> next() {
                long k = i++;
                return g -> {
                    g.append("id", k).append("name", "customer " + k + " of the generated sales file");
                    if (k % 10 != 0) {
                        g.append("category", CATEGORIES[(int) (k % CATEGORIES.length)]);
                    }
                    g.append("amount", k * 37 % 1_000_000).append("ts", 1_700_000_000_000_000L + k * 1_234_567L)
                            .append("flag", k % 3 == 0).append("score", k / 7.0);
                };
            }
        };
        TestingParquet.write(file, SCHEMA, CompressionCodecName.SNAPPY, true, 128L * 1024 * 1024, source);
    }

    /** Rows read and a checksum over every value's length and first character, so nothing can be skipped. */
    static long[] read(Path file) {
        long rows = 0;
        long checksum = 0;
        try (RecordReader r = TestingParquet.open(file)) {
            SourceRecord rec;
            while ((rec = r.next()) != null) {
                if (rec.isReject()) {
                    throw new IllegalStateException("unexpected reject at row " + rec.line() + ": " + rec.rejectReason());
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
