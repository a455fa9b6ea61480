package dev.kimball.connector.postgres;

import dev.kimball.spi.RecordReader;
import dev.kimball.spi.SourceRecord;
import dev.kimball.spi.SourceUnit;
import java.util.ArrayList;
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
        return rows;
    }

    static List<String> header(SourceUnit unit) {
        try (RecordReader r = unit.open()) {
            return r.header();
        }
    }
}
