package dev.kimball.connector.excel;

import dev.kimball.api.SourceException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.ExtendedFormatRecord;
import org.apache.poi.hssf.record.FormatRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordFactoryInputStream;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.ss.usermodel.BuiltinFormats;

/**
 * The workbook globals of an .xls (the records before the first sheet): sheet list, shared strings, number formats,
 * date system. Read once per open; the shared-strings table is the one part that grows with the data (every distinct
 * text of the workbook).
 */
final class XlsGlobals {
    private final List<BoundSheetRecord> sheets = new ArrayList<>();
    private final Map<Integer, String> formats = new HashMap<>();
    private final List<ExtendedFormatRecord> xfs = new ArrayList<>();
    private SSTRecord sst;
    private boolean date1904;

    private XlsGlobals() {
    }

    /**
     * Reads up to the globals' end; {@code records} then stands at the first sheet's BOF.
     *
     * @throws SourceException SOURCE_FORMAT when the globals are encrypted with a password, from Excel 95 or older,
     *                         or damaged
     */
    static XlsGlobals read(RecordFactoryInputStream records, String fileName) {
        XlsGlobals g = new XlsGlobals();
        try {
            for (Record r = records.nextRecord(); r != null; r = records.nextRecord()) {
                if (r instanceof BoundSheetRecord b) {
                    g.sheets.add(b);
                } else if (r instanceof SSTRecord s) {
                    g.sst = s;
                } else if (r instanceof FormatRecord f) {
                    g.formats.put(f.getIndexCode(), f.getFormatString());
                } else if (r instanceof ExtendedFormatRecord x) {
                    g.xfs.add(x);
                } else if (r instanceof DateWindow1904Record d) {
                    g.date1904 = d.getWindowing() == 1;
                } else if (r instanceof EOFRecord) {
                    break;
                } else if (r instanceof BOFRecord b && b.getType() != BOFRecord.TYPE_WORKBOOK) {
                    throw new SourceException("SOURCE_FORMAT", fileName + " does not start with workbook globals: not a "
                            + "BIFF8 workbook");
                }
            }
        } catch (EncryptedDocumentException e) {
            throw new SourceException("SOURCE_FORMAT", "cannot read " + fileName + ": it is a password-protected workbook; "
                    + "save it without a password", e);
        } catch (OldExcelFormatException e) {
            throw new SourceException("SOURCE_FORMAT", "cannot read " + fileName + ": it is an Excel 5/95 workbook, which is "
                    + "not supported; save it as .xlsx", e);
        } catch (SourceException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new SourceException("SOURCE_FORMAT", "cannot read the workbook globals of " + fileName + " (damaged .xls?): "
                    + e.getMessage(), e);
        }
        return g;
    }

    /** The sheets in workbook order, sized by the span of their records in a stream of {@code streamSize} bytes. */
    List<SheetInfo> sheets(int streamSize) {
        List<SheetInfo> out = new ArrayList<>();
        List<BoundSheetRecord> byPosition = byPosition();
        for (BoundSheetRecord b : sheets) {
            int i = byPosition.indexOf(b);
            int end = i + 1 < byPosition.size() ? byPosition.get(i + 1).getPositionOfBof() : streamSize;
            out.add(new SheetInfo(b.getSheetname(), Math.max(0, end - b.getPositionOfBof()), 0));
        }
        return out;
    }

    /** How many sheet substreams come before the named sheet's in the stream, or -1 when there is no such sheet. */
    int substreamIndex(String sheetName) {
        List<BoundSheetRecord> byPosition = byPosition();
        for (int i = 0; i < byPosition.size(); i++) {
            if (byPosition.get(i).getSheetname().equals(sheetName)) {
                return i;
            }
        }
        return -1;
    }

    private List<BoundSheetRecord> byPosition() {
        List<BoundSheetRecord> l = new ArrayList<>(sheets);
        l.sort(Comparator.comparingInt(BoundSheetRecord::getPositionOfBof));
        return l;
    }

    String sharedString(int index) {
        return sst == null || index < 0 || index >= sst.getNumUniqueStrings() ? null : sst.getString(index).getString();
    }

    int formatIndex(int xfIndex) {
        return xfIndex >= 0 && xfIndex < xfs.size() ? xfs.get(xfIndex).getFormatIndex() : 0;
    }

    String format(int formatIndex) {
        String f = formats.get(formatIndex);
        if (f == null) {
            f = BuiltinFormats.getBuiltinFormat(formatIndex);
        }
        return f == null ? RawCell.GENERAL : f;
    }

    boolean date1904() {
        return date1904;
    }
}
