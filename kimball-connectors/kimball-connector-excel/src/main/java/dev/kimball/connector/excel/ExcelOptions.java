package dev.kimball.connector.excel;

import dev.kimball.api.ExcelSource;
import dev.kimball.api.ExcelSource.CellValues;
import dev.kimball.api.Source;

/**
 * The reading options of one load: from an {@link ExcelSource}, or the defaults (every sheet, detected header,
 * ISO values) for a {@link dev.kimball.api.FilesSource} that picked Excel by extension.
 *
 * @param sheet     the one sheet to read, or {@code null} for all
 * @param headerRow the 1-based header row, or {@code null} to detect it
 */
record ExcelOptions(String sheet, Integer headerRow, CellValues values) {
    static final ExcelOptions DEFAULTS = new ExcelOptions(null, null, CellValues.ISO);

    static ExcelOptions of(Source source) {
        if (source instanceof ExcelSource e) {
            return new ExcelOptions(e.sheet().orElse(null), e.headerRow().orElse(null), e.values());
        }
        return DEFAULTS;
    }
}
