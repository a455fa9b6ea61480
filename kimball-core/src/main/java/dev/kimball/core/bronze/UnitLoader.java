package dev.kimball.core.bronze;

import dev.kimball.api.BronzeColumn;
import dev.kimball.api.TableRef;
import dev.kimball.spi.RecordReader;
import dev.kimball.spi.SourceUnit;
import dev.kimball.spi.TableWriter;
import dev.kimball.spi.Warehouse;
import java.time.Instant;
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

    /**
     * @param cursorAfter for a unit with a {@link SourceUnit#cursor()}: read only records past this mark (null: all);
     *                    ignored for other units
     */
    UnitResult load(SourceUnit unit, TableRef table, int unitIndex, String cursorAfter) {
        long start = System.nanoTime();
        progress.started(unit.name(), table.name(), unit.sizeBytes());
        boolean succeeded = false;
        try (RecordReader reader = cursorAfter == null && unit.cursor().isEmpty() ? unit.open() : unit.openAfter(cursorAfter)) {
            List<BronzeColumn> columns = BronzeNaming.columns(reader.header());
            schemas.ensure(table, columns);
            long loaded = 0;
            long rejected = 0;
            long lastBytes = 0;
            int batchNo = 0;
            try (TableWriter writer = warehouse.openWriter(table, BronzeTables.writerColumns(columns),
                    BronzeTables.lineage(unit.name(), loadId, loadedAt));
                 TableWriter rejectWriter = warehouse.openWriter(BronzeTables.REJECTS, BronzeTables.REJECT_ROW_COLUMNS,
                         BronzeTables.rejectLineage(table, unit.name(), loadId, loadedAt));
                 RecordBatches batches = new RecordBatches(reader, columns.size(), batchSize, Thread.currentThread().getName() + "-read")) {
                RecordBatches.Batch b;
                while ((b = batches.next()) != null) {
                    int records = b.rowCount() + b.rejects().size();
                    int rejects = b.rejects().size();
                    loaded += flush(writer, b, rejectWriter, unitIndex, batchNo++);
                    rejected += rejects;
                    long bytes = Math.max(b.bytesRead(), lastBytes);
                    progress.advance(unit.name(), records, rejects, bytes - lastBytes);
                    lastBytes = bytes;
                }
                writer.commit();
                rejectWriter.commit();
            }
            UnitResult result = new UnitResult(table, unit.name(), loaded + rejected, loaded, rejected, lastBytes, start,
                    System.nanoTime(), reader.encoding(), reader.dialect(), reader.controlCharsRemoved(), columns,
                    reader.cursorMark().orElse(null));
            succeeded = true;
            return result;
        } finally {
            progress.ended(unit.name(), succeeded);
        }
    }

    private long flush(TableWriter writer, RecordBatches.Batch b, TableWriter rejectWriter, int unitIndex, int batchNo) {
        if (cancelled.getAsBoolean()) {
            throw new Cancelled();
        }
        long n = b.rowCount();
        String batchId = loadId + ":" + unitIndex + ":" + batchNo;
        if (b.text() != null && b.text().size() > 0) {
            writer.write(b.text(), batchId);
        } else if (!b.rows().isEmpty()) {
            writer.write(b.rows(), batchId);
        }
        if (!b.rejects().isEmpty()) {
            rejectWriter.write(b.rejects(), batchId + ":rejects");
        }
        return n;
    }
}
