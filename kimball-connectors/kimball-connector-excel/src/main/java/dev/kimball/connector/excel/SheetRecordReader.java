package dev.kimball.connector.excel;

import dev.kimball.api.SourceException;
import dev.kimball.spi.RecordReader;
import dev.kimball.spi.SourceRecord;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellReference;

/**
 * Streams the rows of one sheet as records. The first rows (at most {@code 2 x} {@value HeaderDetector#WINDOW}
 * non-empty ones) are buffered to find the header and the columns ({@link HeaderDetector}); after that one row at a
 * time. Values follow {@link CellText}; header names are the displayed text of the header cells ({@code ""} for
 * an empty one).
 *
 * <p>Rows: empty rows (no cell with a value, styled or not) are skipped; a row shorter than the header is padded
 * with {@code null}; a row with values outside the table's columns is a reject naming those cells (the columns
 * were fixed from the first rows, see {@link HeaderDetector}). A merged range keeps its value in its top-left cell
 * only: the other cells of the range are empty in the file and read as {@code null}. The record's line is the
 * sheet's 1-based row number. Not thread-safe.
 */
final class SheetRecordReader implements RecordReader {
    private final String unitName;
    private final String sheetName;
    private final OpenSheet sheet;
    private final ExcelOptions options;
    private final String format;
    private final long sizeBytes;
    private final CellText cells;
    private final List<SheetRow> buffer = new ArrayList<>();
    private final HeaderDetector.Table table;
    private final List<String> header;
    private final int headerNumber;
    private int buffered;
    private int lastRowSeen;
    private boolean done;

    /**
     * Reads the first rows and fixes the header. On failure the sheet is closed.
     *
     * @throws SourceException SOURCE_READ_FAILED when the sheet's XML or records are damaged
     */
    SheetRecordReader(String unitName, String sheetName, OpenSheet sheet, ExcelOptions options, String format, long sizeBytes) {
        this.unitName = unitName;
        this.sheetName = sheetName;
        this.sheet = sheet;
        this.options = options;
        this.format = format;
        this.sizeBytes = sizeBytes;
        this.cells = new CellText(options.values(), sheet.date1904());
        try {
            fillBuffer();
            this.table = options.headerRow() == null ? HeaderDetector.detect(buffer)
                    : HeaderDetector.given(buffer, options.headerRow());
        } catch (RuntimeException e) {
            closeAfter(e);
            throw e;
        }
        this.header = headerNames();
        this.headerNumber = table.headerIndex() >= 0 ? buffer.get(table.headerIndex()).number() : -1;
        this.buffered = table.dataFrom();
    }

    private void fillBuffer() {
        Integer given = options.headerRow();
        int after = 0;
        int limit = given == null ? 2 * HeaderDetector.WINDOW : HeaderDetector.WINDOW;
        while (after < limit) {
            RawRow row = nextRow();
            if (row == null) {
                return;
            }
            if (given != null && row.number() < given) {
                continue;
            }
            SheetRow r = convert(row, true);
            if (!r.isEmpty()) {
                buffer.add(r);
                if (given == null || r.number() > given) {
                    after++;
                }
            }
        }
    }

    private List<String> headerNames() {
        List<String> names = new ArrayList<>(table.width());
        SheetRow h = table.headerIndex() >= 0 ? buffer.get(table.headerIndex()) : null;
        for (int c = table.firstColumn(); c <= table.lastColumn(); c++) {
            String name = h != null && c < h.shown().length ? h.shown()[c] : null;
            names.add(name == null ? "" : name);
        }
        return List.copyOf(names);
    }

    @Override
    public List<String> header() {
        return header;
    }

    /**
     * @throws SourceException SOURCE_READ_FAILED when the sheet's XML or records are damaged
     */
    @Override
    public SourceRecord next() {
        while (true) {
            SheetRow r;
            if (buffered < buffer.size()) {
                r = buffer.get(buffered);
                buffer.set(buffered++, null); // let the buffered rows go as they are handed out
            } else {
                RawRow row = nextRow();
                if (row == null) {
                    return null;
                }
                r = convert(row, false);
                if (r.isEmpty()) {
                    continue;
                }
            }
            return record(r);
        }
    }

    private RawRow nextRow() {
        if (done) {
            return null;
        }
        RawRow row = sheet.next();
        if (row == null) {
            done = true;
        } else {
            lastRowSeen = row.number();
        }
        return row;
    }

    private SheetRow convert(RawRow row, boolean withShown) {
        int n = row.width();
        String[] values = new String[n];
        String[] shown = withShown ? new String[n] : null;
        boolean[] text = withShown ? new boolean[n] : null;
        for (RawCell c : row.cells()) {
            int i = c.column();
            values[i] = cells.value(c);
            if (withShown) {
                text[i] = c.kind() == RawCell.Kind.TEXT;
                shown[i] = text[i] ? values[i] : cells.displayed(c);
            }
        }
        return new SheetRow(row.number(), values, shown, text);
    }

    private SourceRecord record(SheetRow r) {
        String[] v = r.values();
        int first = table.firstColumn();
        int last = table.lastColumn();
        StringBuilder outside = null;
        for (int i = 0; i < v.length; i++) {
            if (v[i] != null && (i < first || i > last)) {
                outside = outside == null ? new StringBuilder() : outside.append(", ");
                outside.append(CellReference.convertNumToColString(i)).append(r.number()).append("='")
                        .append(abbreviate(v[i])).append('\'');
            }
        }
        if (outside != null) {
            return SourceRecord.reject(r.number(), raw(v), "values outside the table's columns " + columns() + ": "
                    + outside + " (the columns come from the header row and the " + HeaderDetector.WINDOW
                    + " rows after it; give the header row with ExcelSource.headerRow(n) or move these cells)");
        }
        String[] values = new String[header.size()];
        int end = Math.min(last, v.length - 1);
        if (end >= first) {
            System.arraycopy(v, first, values, 0, end - first + 1);
        }
        return SourceRecord.row(values, r.number());
    }

    private String columns() {
        if (table.width() == 0) {
            return "(none: no header or data in the first rows)";
        }
        return CellReference.convertNumToColString(table.firstColumn()) + ":" + CellReference.convertNumToColString(table.lastColumn());
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    /** The row as tab-separated text, empty cells empty, from its first to its last value. */
    private static String raw(String[] v) {
        StringBuilder b = new StringBuilder();
        int from = 0;
        while (from < v.length && v[from] == null) {
            from++;
        }
        int to = v.length - 1;
        while (to >= from && v[to] == null) {
            to--;
        }
        for (int i = from; i <= to; i++) {
            if (i > from) {
                b.append('\t');
            }
            if (v[i] != null) {
                b.append(v[i]);
            }
        }
        return b.toString();
    }

    /** Estimated from the row number against the sheet's declared last row: cells are parsed, not counted in bytes. */
    @Override
    public long bytesRead() {
        if (sizeBytes <= 0) {
            return 0;
        }
        if (done) {
            return sizeBytes;
        }
        int last = sheet.lastRowNumber();
        return last <= 0 ? 0 : Math.min(sizeBytes, sizeBytes * lastRowSeen / last);
    }

    @Override
    public String encoding() {
        return format;
    }

    @Override
    public String dialect() {
        String headerRow = headerNumber > 0 ? Integer.toString(headerNumber)
                : options.headerRow() != null ? options.headerRow() + " (empty)" : "none";
        return "sheet='" + sheetName.replace("'", "''") + "' header_row=" + headerRow
                + (options.headerRow() == null ? " (detected)" : " (given)")
                + " columns=" + (table.width() == 0 ? "none" : columns()) + " values=" + options.values();
    }

    @Override
    public long controlCharsRemoved() {
        return cells.controlCharsRemoved();
    }

    @Override
    public void close() {
        sheet.close();
    }

    private void closeAfter(RuntimeException primary) {
        try {
            sheet.close();
        } catch (RuntimeException suppressed) {
            primary.addSuppressed(suppressed);
        }
    }

    @Override
    public String toString() {
        return "SheetRecordReader[" + unitName + "]";
    }
}
