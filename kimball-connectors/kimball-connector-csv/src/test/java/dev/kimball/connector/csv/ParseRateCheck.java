package dev.kimball.connector.csv;

import dev.kimball.api.Sources;
import dev.kimball.spi.RecordReader;
import dev.kimball.spi.SourceRecord;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A one-off measurement, not a test (no timed unit tests): the parse rate of a 5-column file (written to a temp
 * file first, then read five times), and that a large stream reads in little heap (generated on the fly by an
 * {@link InputStream}, so nothing is buffered outside the reader).
 *
 * <pre>
 * mvn -o -q -pl kimball-connectors/kimball-connector-csv test-compile
 * CP=kimball-connectors/kimball-connector-csv/target/classes:kimball-connectors/kimball-connector-csv/target/test-classes:$HOME/.m2/repository/dev/kimball/kimball-api/0.1.0-SNAPSHOT/kimball-api-0.1.0-SNAPSHOT.jar
 * java -cp $CP dev.kimball.connector.csv.ParseRateCheck rate 5000000
 * java -Xmx256m -cp $CP dev.kimball.connector.csv.ParseRateCheck memory 2200000000
 * </pre>
 */
final class ParseRateCheck {
    private ParseRateCheck() {
    }

    public static void main(String[] args) throws IOException {
        String mode = args.length > 0 ? args[0] : "rate";
        long n = args.length > 1 ? Long.parseLong(args[1]) : 5_000_000;
        if (mode.equals("rate")) {
            // write the file first so the rate measures the reader, not the generator
            Path file = Files.createTempFile("kimball-rate", ".csv");
            try {
                try (InputStream in = new RowStream(n, Long.MAX_VALUE)) {
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
                System.out.printf("%s: %,d bytes%n", file, Files.size(file));
                for (int round = 1; round <= 5; round++) {
                    long t0 = System.nanoTime();
                    long rows = read(Files.newInputStream(file));
                    double s = (System.nanoTime() - t0) / 1e9;
                    System.out.printf("round %d: %,d rows in %.2f s = %,.0f rows/s%n", round, rows, s, rows / s);
                }
            } finally {
                Files.delete(file);
            }
        } else {
            long t0 = System.nanoTime();
            long rows = read(new RowStream(Long.MAX_VALUE, n));
            double s = (System.nanoTime() - t0) / 1e9;
            long peak = 0;
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                if (p.getType() == MemoryType.HEAP) {
                    peak += p.getPeakUsage().getUsed();
                }
            }
            System.out.printf("%,d bytes, %,d rows in %.1f s; max heap %d MiB, peak heap used (sum of pools) %d MiB%n", n, rows, s,
                    Runtime.getRuntime().maxMemory() >> 20, peak >> 20);
        }
    }

    private static long read(InputStream in) {
        long rows = 0;
        long chars = 0;
        try (RecordReader r = CsvRecordReader.open(in, "generated", Sources.csv("generated.csv"))) {
            SourceRecord rec;
            while ((rec = r.next()) != null) {
                if (rec.isReject()) {
                    throw new IllegalStateException("unexpected reject at line " + rec.line() + ": " + rec.rejectReason());
                }
                rows++;
                for (String v : rec.values()) {
                    chars += v.length();
                }
            }
        }
        if (chars == 0) {
            throw new IllegalStateException("nothing read");
        }
        return rows;
    }

    /** {@code id,name,amount,day,flag} rows until {@code rows} rows or {@code bytes} bytes (whole rows). */
    private static final class RowStream extends InputStream {
        private final long maxRows;
        private final long maxBytes;
        private long row = -1;
        private long bytes;
        private byte[] cur = "id,name,amount,day,flag\n".getBytes(StandardCharsets.US_ASCII);
        private int pos;

        RowStream(long maxRows, long maxBytes) {
            this.maxRows = maxRows;
            this.maxBytes = maxBytes;
        }

        private boolean advance() {
            row++;
            if (row >= maxRows || bytes >= maxBytes) {
                return false;
            }
            long i = row;
            cur = (i + ",customer " + (i % 5000) + "," + (i % 100_000) / 100.0 + ",2024-" + (1 + i % 12) + "-" + (1 + i % 28)
                    + "," + (i % 3 == 0) + "\n").getBytes(StandardCharsets.US_ASCII);
            pos = 0;
            return true;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            int n = 0;
            while (n < len) {
                if (pos == cur.length && !advance()) {
                    break;
                }
                int k = Math.min(len - n, cur.length - pos);
                System.arraycopy(cur, pos, b, off + n, k);
                pos += k;
                n += k;
                bytes += k;
            }
            return n == 0 ? -1 : n;
        }
    }
}
