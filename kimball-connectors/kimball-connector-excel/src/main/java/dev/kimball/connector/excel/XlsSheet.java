package dev.kimball.connector.excel;

import dev.kimball.api.SourceException;
import dev.kimball.spi.StoredFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.DimensionsRecord;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.MulRKRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.RKRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordFactoryInputStream;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * One worksheet of an .xls, streamed record by record with POI HSSF's record factory (the pull form of its event
 * API), not built as an {@code HSSFWorkbook}: memory holds one row, the workbook globals (shared strings, formats)
 * and none of the other cells. BIFF8 stores a sheet's cells in row order, so a row is complete when a cell of a
 * later row arrives. The other sheets' records are read past, not kept. Charts embedded in the sheet (nested
 * substreams) are skipped.
 */
final class XlsSheet implements OpenSheet {
    private final XlsContainer container;
    private final DocumentInputStream stream;
    private final RecordFactoryInputStream records;
    private final XlsGlobals globals;
    private final String fileName;
    private final String sheetName;
    private int lastRow = -1;
    private int depth = 1;
    private boolean ended;
    private List<RawCell> carried;
    private int carriedRow;
    private FormulaRecord stringFormula;
    private int stringRow;
    private int lastRowSeen;

    private XlsSheet(XlsContainer container, DocumentInputStream stream, RecordFactoryInputStream records,
                     XlsGlobals globals, String fileName, String sheetName) {
        this.container = container;
        this.stream = stream;
        this.records = records;
        this.globals = globals;
        this.fileName = fileName;
        this.sheetName = sheetName;
    }

    /**
     * @throws SourceException SOURCE_NOT_FOUND when the sheet vanished since listing, SOURCE_FORMAT when the file is no
     *                         readable .xls, the codes of {@link StoredFile#open()} when it cannot be read
     */
    static XlsSheet open(StoredFile file, String sheetName) {
        XlsContainer container = XlsContainer.open(file);
        DocumentInputStream in = null;
        try {
            in = container.workbookStream();
            RecordFactoryInputStream records = XlsContainer.records(in);
            XlsGlobals globals = XlsGlobals.read(records, file.name());
            int skip = globals.substreamIndex(sheetName);
            if (skip < 0) {
                throw new SourceException("SOURCE_NOT_FOUND", "sheet '" + sheetName + "' of " + file.name()
                        + " no longer exists (the file changed since it was listed)");
            }
            for (int i = 0; i <= skip; i++) {
                enterNextSubstream(records, i < skip, file.name());
            }
            return new XlsSheet(container, in, records, globals, file.name(), sheetName);
        } catch (IOException | RuntimeException e) {
            if (in != null) {
                in.close();
            }
            container.close();
            if (e instanceof SourceException s) {
                throw s;
            }
            throw new SourceException("SOURCE_FORMAT", "cannot read sheet '" + sheetName + "' of " + file.name()
                    + " (damaged .xls?): " + XlsxSheet.message(e), e);
        }
    }

    /** Moves past the next substream's BOF; with {@code skipIt}, past its EOF too (nested substreams included). */
    private static void enterNextSubstream(RecordFactoryInputStream records, boolean skipIt, String fileName) {
        Record r = records.nextRecord();
        while (r != null && !(r instanceof BOFRecord)) {
            r = records.nextRecord();
        }
        if (r == null) {
            throw new SourceException("SOURCE_FORMAT", fileName + " ends before all its sheets (truncated .xls?)");
        }
        if (!skipIt) {
            return;
        }
        int depth = 1;
        while (depth > 0) {
            r = records.nextRecord();
            if (r == null) {
                throw new SourceException("SOURCE_FORMAT", fileName + " ends inside a sheet (truncated .xls?)");
            }
            if (r instanceof BOFRecord) {
                depth++;
            } else if (r instanceof EOFRecord) {
                depth--;
            }
        }
    }

    @Override
    public RawRow next() {
        try {
            return readRow();
        } catch (SourceException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new SourceException("SOURCE_READ_FAILED", "reading sheet '" + sheetName + "' of " + fileName
                    + " failed after row " + lastRowSeen + " (damaged file?): " + XlsxSheet.message(e), e);
        }
    }

    private RawRow readRow() {
        List<RawCell> cells = new ArrayList<>();
        int row = -1;
        if (carried != null) {
            cells.addAll(carried);
            row = carriedRow;
            carried = null;
        }
        while (!ended) {
            Record r = records.nextRecord();
            if (r == null || r instanceof EOFRecord && --depth == 0) {
                ended = true;
                break;
            }
            if (r instanceof BOFRecord) {
                depth++;
            }
            if (depth > 1) {
                continue; // inside an embedded chart
            }
            List<RawCell> got = cells(r);
            if (got.isEmpty()) {
                continue;
            }
            int gotRow = rowOf(r);
            if (row >= 0 && gotRow != row) {
                carried = got;
                carriedRow = gotRow;
                break;
            }
            row = gotRow;
            cells.addAll(got);
        }
        if (row < 0) {
            return null;
        }
        lastRowSeen = row + 1;
        cells.sort((a, b) -> Integer.compare(a.column(), b.column()));
        return new RawRow(row + 1, cells);
    }

    private int rowOf(Record r) {
        if (r instanceof MulRKRecord m) {
            return m.getRow();
        }
        if (r instanceof StringRecord) {
            return stringRow;
        }
        return ((CellValueRecordInterface) r).getRow();
    }

    /** The cells a record holds (none for records that are not cell values, blanks included). */
    private List<RawCell> cells(Record r) {
        if (r instanceof DimensionsRecord d) {
            lastRow = d.getLastRow();
            return List.of();
        }
        if (r instanceof StringRecord s) {
            if (stringFormula == null) {
                return List.of();
            }
            stringRow = stringFormula.getRow();
            RawCell c = RawCell.text(stringFormula.getColumn(), s.getString());
            stringFormula = null;
            return List.of(c);
        }
        if (r instanceof LabelSSTRecord l) {
            String s = globals.sharedString(l.getSSTIndex());
            return s == null ? List.of() : List.of(RawCell.text(l.getColumn(), s));
        }
        if (r instanceof NumberRecord n) {
            return List.of(number(n.getColumn(), n.getValue(), n.getXFIndex()));
        }
        if (r instanceof RKRecord k) {
            return List.of(number(k.getColumn(), k.getRKNumber(), k.getXFIndex()));
        }
        if (r instanceof MulRKRecord m) {
            List<RawCell> out = new ArrayList<>(m.getNumColumns());
            for (int i = 0; i < m.getNumColumns(); i++) {
                out.add(number(m.getFirstColumn() + i, m.getRKNumberAt(i), m.getXFAt(i)));
            }
            return out;
        }
        if (r instanceof BoolErrRecord b) {
            return List.of(b.isBoolean() ? RawCell.bool(b.getColumn(), b.getBooleanValue())
                    : RawCell.error(b.getColumn(), errorText(b.getErrorValue())));
        }
        if (r instanceof LabelRecord l) {
            return List.of(RawCell.text(l.getColumn(), l.getValue()));
        }
        if (r instanceof FormulaRecord f) {
            return formula(f);
        }
        return List.of();
    }

    private List<RawCell> formula(FormulaRecord f) {
        stringFormula = null;
        CellType t = f.getCachedResultTypeEnum();
        if (t == CellType.NUMERIC) {
            return List.of(number(f.getColumn(), f.getValue(), f.getXFIndex()));
        }
        if (t == CellType.BOOLEAN) {
            return List.of(RawCell.bool(f.getColumn(), f.getCachedBooleanValue()));
        }
        if (t == CellType.ERROR) {
            return List.of(RawCell.error(f.getColumn(), errorText(f.getCachedErrorValue())));
        }
        if (t == CellType.STRING) {
            if (f.hasCachedResultString()) {
                stringFormula = f; // the text follows in a STRING record
                return List.of();
            }
            return List.of(RawCell.text(f.getColumn(), ""));
        }
        return List.of();
    }

    private RawCell number(int column, double value, int xfIndex) {
        int formatIndex = globals.formatIndex(xfIndex);
        return RawCell.number(column, value, formatIndex, globals.format(formatIndex));
    }

    private static String errorText(int code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException unknownCode) {
            return "#ERROR(" + code + ")";
        }
    }

    @Override
    public boolean date1904() {
        return globals.date1904();
    }

    @Override
    public int lastRowNumber() {
        return lastRow > 0 ? lastRow : -1;
    }

    @Override
    public void close() {
        stream.close();
        container.close();
    }
}
