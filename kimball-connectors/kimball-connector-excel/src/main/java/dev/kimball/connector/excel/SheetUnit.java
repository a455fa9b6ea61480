package dev.kimball.connector.excel;

import dev.kimball.api.SourceException;
import dev.kimball.spi.RecordReader;
import dev.kimball.spi.SourceUnit;
import dev.kimball.spi.StoredFile;

/** One worksheet of one workbook file: {@code <file>#<sheet>}. Opening reads the file again (units may run in parallel). */
final class SheetUnit implements SourceUnit {
    private final StoredFile file;
    private final WorkbookFormat format;
    private final SheetInfo sheet;
    private final ExcelOptions options;
    private final String tableHint;

    SheetUnit(StoredFile file, WorkbookFormat format, SheetInfo sheet, ExcelOptions options, String tableHint) {
        this.file = file;
        this.format = format;
        this.sheet = sheet;
        this.options = options;
        this.tableHint = tableHint;
    }

    @Override
    public String name() {
        return file.name() + "#" + sheet.name();
    }

    @Override
    public String tableHint() {
        return tableHint;
    }

    @Override
    public long sizeBytes() {
        return sheet.sizeBytes();
    }

    /**
     * @throws SourceException SOURCE_NOT_FOUND when the file or sheet vanished since listing, SOURCE_FORMAT when the
     *                         workbook cannot be parsed, SOURCE_READ_FAILED when it cannot be read
     */
    @Override
    public RecordReader open() {
        OpenSheet open = format == WorkbookFormat.XLSX ? XlsxSheet.open(file, sheet.name(), sheet.sharedStringsBytes()) : XlsSheet.open(file, sheet.name());
        return new SheetRecordReader(name(), sheet.name(), open, options, format.label(), sheet.sizeBytes());
    }

    @Override
    public String toString() {
        return "SheetUnit[" + name() + "]";
    }
}
