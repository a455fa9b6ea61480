package dev.kimball.core.bronze;

import dev.kimball.api.BronzeColumn;
import dev.kimball.api.TableRef;
import dev.kimball.spi.ColumnDef;
import dev.kimball.spi.ColumnType;
import dev.kimball.spi.FixedValue;
import dev.kimball.spi.TableDef;
import dev.kimball.spi.TableKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The shape of bronze tables: nullable string data columns followed by the lineage columns, and the rejects table. */
public final class BronzeTables {
    public static final String SOURCE = "_kimball_source";
    public static final String ROW = "_kimball_row";
    public static final String LOAD_ID = "_kimball_load_id";
    public static final String LOADED_AT = "_kimball_loaded_at";
    public static final List<ColumnDef> LINEAGE = List.of(ColumnDef.required(SOURCE, ColumnType.STRING),
            ColumnDef.required(ROW, ColumnType.INT64), ColumnDef.required(LOAD_ID, ColumnType.STRING),
            ColumnDef.required(LOADED_AT, ColumnType.TIMESTAMP));

    /** Rows that could not be loaded, with where they came from and why. */
    public static final TableRef REJECTS = TableRef.bronze("_rejects");
    public static final List<ColumnDef> REJECT_COLUMNS = List.of(ColumnDef.required("bronze_table", ColumnType.STRING),
            ColumnDef.required(SOURCE, ColumnType.STRING), ColumnDef.required(ROW, ColumnType.INT64),
            ColumnDef.required("reason", ColumnType.STRING), ColumnDef.required("raw", ColumnType.STRING),
            ColumnDef.required(LOAD_ID, ColumnType.STRING), ColumnDef.required(LOADED_AT, ColumnType.TIMESTAMP));
    public static final TableDef REJECTS_DEF = new TableDef(REJECTS, REJECT_COLUMNS, TableKind.APPEND,
            List.of("bronze_table", SOURCE, ROW));

    private BronzeTables() {
    }

    /** The columns of a rejects row: where the record starts, why it was refused, its text. */
    static final List<ColumnDef> REJECT_ROW_COLUMNS = List.of(REJECT_COLUMNS.get(2), REJECT_COLUMNS.get(3), REJECT_COLUMNS.get(4));

    /**
     * Writer columns for a data table: the data columns, then the source line ({@link #ROW}); the other lineage
     * columns are the same for every row of a unit ({@link #lineage}).
     */
    static List<ColumnDef> writerColumns(List<BronzeColumn> data) {
        List<ColumnDef> cols = new ArrayList<>(data.size() + 1);
        for (BronzeColumn c : data) {
            cols.add(ColumnDef.string(c.name()));
        }
        cols.add(LINEAGE.get(1));
        return cols;
    }

    /** The lineage values every row of one unit's load shares. */
    static List<FixedValue> lineage(String source, String loadId, Instant loadedAt) {
        return List.of(new FixedValue(LINEAGE.get(0), source), new FixedValue(LINEAGE.get(2), loadId),
                new FixedValue(LINEAGE.get(3), loadedAt));
    }

    /** The values every rejects row of one unit's load shares. */
    static List<FixedValue> rejectLineage(TableRef table, String source, String loadId, Instant loadedAt) {
        return List.of(new FixedValue(REJECT_COLUMNS.get(0), table.name()), new FixedValue(REJECT_COLUMNS.get(1), source),
                new FixedValue(REJECT_COLUMNS.get(5), loadId), new FixedValue(REJECT_COLUMNS.get(6), loadedAt));
    }

    public static TableDef definition(TableRef table, List<BronzeColumn> data) {
        List<ColumnDef> cols = new ArrayList<>(data.size() + LINEAGE.size());
        for (BronzeColumn c : data) {
            cols.add(ColumnDef.string(c.name()));
        }
        cols.addAll(LINEAGE);
        return new TableDef(table, cols, TableKind.APPEND, List.of(SOURCE, ROW));
    }
}
