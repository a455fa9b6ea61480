package dev.kimball.core.corrections;

import dev.kimball.api.TypeCorrection;
import dev.kimball.api.WarehouseException;
import dev.kimball.core.metadata.MetadataStore;
import dev.kimball.core.metadata.MetadataTables;
import dev.kimball.inference.CorrectionStore;
import dev.kimball.spi.TableDef;
import dev.kimball.spi.Warehouse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link CorrectionStore} on the warehouse table {@code metadata.corrections} (a versioned metadata table), so
 * corrections outlive the JVM and are shared by every session on the warehouse. There is one correction per name
 * pattern and value shape: saving another for the same pair replaces it. The table must exist: a session creates it
 * when it opens ({@link MetadataStore#createTables()}). Thread-safe.
 *
 * <p>A {@link dev.kimball.inference.TypeInference} reads the store once, when it is built: a {@link #delete} is seen
 * by engines built afterwards, not by one already running.
 *
 * <p>Every method may throw {@link WarehouseException} when the warehouse cannot be read or written; {@link #load()}
 * throws it (code {@code CORRECTION_INVALID}) for a stored row that does not describe a correction, naming the row.
 */
public final class WarehouseCorrectionStore implements CorrectionStore {
    private static final TableDef TABLE = MetadataTables.CORRECTIONS;
    private final MetadataStore metadata;

    public WarehouseCorrectionStore(Warehouse warehouse) {
        this.metadata = new MetadataStore(Objects.requireNonNull(warehouse, "warehouse"));
    }

    /** The corrections not deleted, oldest first (by the version of their latest write). */
    @Override
    public List<TypeCorrection> load() {
        List<Map<String, Object>> rows = new ArrayList<>(metadata.read(TABLE, null));
        rows.sort(Comparator.comparingLong(r -> ((Number) r.get(TableDef.VERSION)).longValue()));
        List<TypeCorrection> out = new ArrayList<>(rows.size());
        for (Map<String, Object> r : rows) {
            out.add(CorrectionRows.fromRow(r));
        }
        return out;
    }

    @Override
    public void save(TypeCorrection correction) {
        metadata.upsert(TABLE, List.<Object[]>of(CorrectionRows.toRow(correction, Instant.now())));
    }

    /**
     * Deletes the correction for this correction's name pattern and value shape (whatever type it holds), so engines
     * built from now on no longer apply it. Deleting one that is not stored changes nothing.
     */
    public void delete(TypeCorrection correction) {
        metadata.delete(TABLE, List.<Object[]>of(CorrectionRows.toRow(correction, Instant.now())));
    }
}
