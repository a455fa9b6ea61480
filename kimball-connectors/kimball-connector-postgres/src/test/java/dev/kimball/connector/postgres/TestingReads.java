package dev.kimball.connector.postgres;

import dev.kimball.spi.RecordReader;
import dev.kimball.spi.SourceRecord;
import dev.kimball.spi.SourceUnit;
import dev.kimball.spi.TextRows;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads units whole, for assertions. */
final class TestingReads {
    private TestingReads() {
    }

    static List<String[]> rows(SourceUnit unit) {
        List<String[]> rows = new ArrayList<>();
        try (RecordReader r = unit.open()) {
            for (SourceRecord rec = r.next(); rec != null; rec = r.next()) {
                if (rec.isReject()) {
                    throw new AssertionError("unexpected reject at row " + rec.line() + ": " + rec.rejectReason());
                }
                if (rec.values().length != r.header().size()) {
                    throw new AssertionError("row " + rec.line() + " has " + rec.values().length + " values, header has "
                            + r.header().size());
                }
                rows.add(rec.values());
            }
        }
        assertPackedReadIsTheSame(unit, rows);
        return rows;
    }

    /**
     * A reader with the packed path ({@link RecordReader#readText}, what the bronze loader uses) must give exactly the
     * rows {@code next()} gave, in small batches (3 rows) so that batch boundaries fall everywhere.
     */
    private static void assertPackedReadIsTheSame(SourceUnit unit, List<String[]> expected) {
        try (RecordReader r = unit.open()) {
            int width = r.header().size();
            List<String[]> got = new ArrayList<>();
            List<SourceRecord> rejects = new ArrayList<>();
            while (true) {
                TextRows batch = new TextRows(width, 1);
                int n = r.readText(batch, 3, rejects, 1);
                if (n < 0) {
                    return; // this reader (cursor mode) has no packed path
                }
                if (n != batch.size()) {
                    throw new AssertionError("readText said " + n + " records for " + batch.size() + " rows");
                }
                for (Object[] row : batch.toObjectRows()) {
                    got.add(Arrays.copyOf(row, width, String[].class));
                }
                if (n == 0) {
                    break;
                }
            }
            if (!rejects.isEmpty() || got.size() != expected.size()) {
                throw new AssertionError("packed read: " + got.size() + " rows, " + rejects.size() + " rejects; next(): "
                        + expected.size() + " rows");
            }
            for (int i = 0; i < got.size(); i++) {
                if (!Arrays.equals(got.get(i), expected.get(i))) {
                    throw new AssertionError("row " + (i + 1) + ": packed " + Arrays.toString(got.get(i)) + ", next() "
                            + Arrays.toString(expected.get(i)));
                }
            }
        }
    }

    static List<String> header(SourceUnit unit) {
        try (RecordReader r = unit.open()) {
            return r.header();
        }
    }
}
