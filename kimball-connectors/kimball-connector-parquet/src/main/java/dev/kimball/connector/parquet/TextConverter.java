package dev.kimball.connector.parquet;

import org.apache.parquet.schema.PrimitiveType;

/** A top-level, non-repeated primitive column: its text goes straight into the row. */
final class TextConverter extends FormattingConverter {
    private final RowConverter row;
    private final int slot;

    TextConverter(PrimitiveType type, RowConverter row, int slot, RowProblem problem) {
        super(type, type.getName(), problem);
        this.row = row;
        this.slot = slot;
    }

    @Override
    void accept(String text) {
        row.set(slot, text);
    }
}
