package dev.kimball.core.bronze;

import dev.kimball.api.BronzeColumn;
import dev.kimball.api.TableRef;
import dev.kimball.spi.RecordReader;
import dev.kimball.spi.SourceRecord;
import dev.kimball.spi.SourceUnit;
import dev.kimball.spi.TableWriter;
import dev.kimball.spi.Warehouse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Streams one source unit into its bronze table: reads records, writes good rows in batches with lineage values,
 * writes rejects to {@code bronze._rejects}, and commits both at the end (on a transactional warehouse the unit's rows
 * appear all at once or not at all). Memory is bounded by one batch of rows and one batch of rejects.
 */
final class UnitLoader {
    /** Raw text of a reject is cut to this many characters. */
    static final int MAX_RAW = 65_536;

    private final Warehouse warehouse;
    private final TableSchemas schemas;
    private final LoadProgress progress;
    private final String loadId;
    private final Instant loadedAt;
    private final int batchSize;
    private final BooleanSupplier cancelled;

    UnitLoader(Warehouse warehouse, TableSchemas schemas, LoadProgress progress, String loadId, Instant loadedAt,
               int batchSize, BooleanSupplier cancelled) {
        this.warehouse = warehouse;
        this.schemas = schemas;
        this.progress = progress;
        this.loadId = loadId;
        this.loadedAt = loadedAt;
        this.batchSize = batchSize;
        this.cancelled = cancelled;
    }

    /** Thrown inside a unit when another unit of the same load failed. */
    static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super("cancelled because another source of this load failed", null, false, false);
        }
    }

    UnitResult load(SourceUnit unit, TableRef table, int unitIndex) {
        long start = System.nanoTime();
        try (RecordReader reader = unit.open()) {
            List<String> header = reader.header();
            List<BronzeColumn> columns = BronzeNaming.columns(header);
            schemas.ensure(table, columns);
            int width = columns.size();
            long read = 0;
            long loaded = 0;
            long rejected = 0;
            long lastBytes = 0;
            int batchNo = 0;
            List<Object[]> rows = new ArrayList<>(Math.min(batchSize, 65_536));
            List<Object[]> rejects = new ArrayList<>();
            try (TableWriter writer = warehouse.openWriter(table, BronzeTables.writerColumns(columns));
                 TableWriter rejectWriter = warehouse.openWriter(BronzeTables.REJECTS, BronzeTables.REJECT_COLUMNS)) {
                SourceRecord r;
                while ((r = reader.next()) != null) {
                    read++;
                    if (!r.isReject() && r.values().length != width) {
                        r = SourceRecord.reject(r.line(), String.join(",", r.values()),
                                "expected " + width + " fields, found " + r.values().length);
                    }
                    if (r.isReject()) {
                        rejected++;
                        rejects.add(new Object[] {table.name(), unit.name(), r.line(), r.rejectReason(), truncate(r.raw()), loadId, loadedAt});
                    } else {
                        Object[] row = new Object[width + BronzeTables.LINEAGE.size()];
                        System.arraycopy(r.values(), 0, row, 0, width);
                        row[width] = unit.name();
                        row[width + 1] = r.line();
                        row[width + 2] = loadId;
                        row[width + 3] = loadedAt;
                        rows.add(row);
                    }
                    if (rows.size() >= batchSize || rejects.size() >= batchSize) {
                        int rowsInBatch = rows.size() + rejects.size();
                        int rejectsInBatch = rejects.size();
                        loaded += flush(writer, rows, rejectWriter, rejects, unitIndex, batchNo++);
                        long b = reader.bytesRead();
                        progress.advance(unit.name(), rowsInBatch, rejectsInBatch, b - lastBytes);
                        lastBytes = b;
                    }
                }
                int rowsInBatch = rows.size() + rejects.size();
                int rejectsInBatch = rejects.size();
                loaded += flush(writer, rows, rejectWriter, rejects, unitIndex, batchNo);
                writer.commit();
                rejectWriter.commit();
                long b = Math.max(reader.bytesRead(), lastBytes);
                progress.advance(unit.name(), rowsInBatch, rejectsInBatch, b - lastBytes);
                lastBytes = b;
            }
            return new UnitResult(table, unit.name(), read, loaded, rejected, lastBytes, start, System.nanoTime(),
                    reader.encoding(), reader.dialect(), reader.controlCharsRemoved(), columns);
        }
    }

    private long flush(TableWriter writer, List<Object[]> rows, TableWriter rejectWriter, List<Object[]> rejects,
                       int unitIndex, int batchNo) {
        if (cancelled.getAsBoolean()) {
            throw new Cancelled();
        }
        long n = rows.size();
        String batchId = loadId + ":" + unitIndex + ":" + batchNo;
        if (!rows.isEmpty()) {
            writer.write(rows, batchId);
        }
        if (!rejects.isEmpty()) {
            rejectWriter.write(rejects, batchId + ":rejects");
        }
        rows.clear();
        rejects.clear();
        return n;
    }

    private static String truncate(String raw) {
        return raw.length() <= MAX_RAW ? raw : raw.substring(0, MAX_RAW) + "…(truncated)";
    }
}
