package dev.kimball.core.bronze;

import dev.kimball.api.BronzeColumn;
import dev.kimball.api.TableRef;
import dev.kimball.spi.ColumnDef;
import dev.kimball.spi.ColumnType;
import dev.kimball.spi.TableDef;
import dev.kimball.spi.TableKind;
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

    /** Writer columns for a data table: the data columns, then lineage. */
    public static List<ColumnDef> writerColumns(List<BronzeColumn> data) {
        List<ColumnDef> cols = new ArrayList<>(data.size() + LINEAGE.size());
        for (BronzeColumn c : data) {
            cols.add(ColumnDef.string(c.name()));
        }
        cols.addAll(LINEAGE);
        return cols;
    }

    public static TableDef definition(TableRef table, List<BronzeColumn> data) {
        return new TableDef(table, writerColumns(data), TableKind.APPEND, List.of(SOURCE, ROW));
    }
}
