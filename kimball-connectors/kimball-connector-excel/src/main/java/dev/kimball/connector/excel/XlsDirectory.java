package dev.kimball.connector.excel;

import dev.kimball.api.SourceException;
import dev.kimball.spi.StoredFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.nio.file.Path;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordFactoryInputStream;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Opens the OLE2 container of an .xls and lists its sheets from the workbook globals (the records before the first
 * sheet), without building the workbook. Also tells apart the OLE2 files that are not BIFF8 workbooks.
 */
final class XlsDirectory {
    private XlsDirectory() {
    }

    /**
     * Opens the container: in place for a local file, otherwise read into memory (an .xls holds at most 65,536 rows
     * per sheet; HSSF needs the whole file anyway). The caller closes it.
     *
     * @throws SourceException SOURCE_FORMAT for an OLE2 file that is no readable .xls (password-protected, Excel 95
     *                         or older, another Office document), SOURCE_READ_FAILED when it cannot be read
     */
    static POIFSFileSystem open(StoredFile file) {
        POIFSFileSystem fs;
        try {
            Optional<Path> local = LocalFiles.path(file);
            if (local.isPresent()) {
                fs = new POIFSFileSystem(local.get().toFile(), true);
            } else {
                try (InputStream in = file.open()) {
                    fs = new POIFSFileSystem(in);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new SourceException("SOURCE_FORMAT", "cannot open " + file.name() + " as an .xls (damaged OLE2 file?): "
                    + e.getMessage(), e);
        }
        DirectoryNode root = fs.getRoot();
        String problem = null;
        if (root.hasEntry("EncryptedPackage")) {
            problem = "it is a password-protected workbook; save it without a password";
        } else if (root.hasEntry("Book") && !hasWorkbook(root)) {
            problem = "it is an Excel 5/95 workbook (BIFF5), which is not supported; save it as .xlsx";
        } else if (!hasWorkbook(root)) {
            problem = "it is an OLE2 file without a workbook stream (a Word or other Office document?)";
        }
        if (problem != null) {
            closeQuietly(fs);
            throw new SourceException("SOURCE_FORMAT", "cannot read " + file.name() + " as an Excel workbook: " + problem);
        }
        return fs;
    }

    /**
     * The worksheets of an opened .xls, in workbook order, sized by their BIFF record span.
     *
     * @throws SourceException SOURCE_FORMAT when the workbook globals cannot be parsed or are encrypted
     */
    static List<SheetInfo> sheets(POIFSFileSystem fs, String fileName) {
        DirectoryNode root = fs.getRoot();
        String stream = root.hasEntry("Workbook") ? "Workbook" : "WORKBOOK";
        List<BoundSheetRecord> bound = new ArrayList<>();
        int streamSize;
        try (DocumentInputStream in = root.createDocumentInputStream(stream)) {
            streamSize = in.available();
            RecordFactoryInputStream records = new RecordFactoryInputStream(in, false);
            int bofs = 0;
            for (Record r = records.nextRecord(); r != null; r = records.nextRecord()) {
                if (r instanceof BOFRecord) {
                    bofs++;
                } else if (r instanceof BoundSheetRecord b) {
                    bound.add(b);
                } else if (r instanceof EOFRecord && bofs == 1) {
                    break; // end of the globals: the sheets' own records follow
                }
            }
        } catch (EncryptedDocumentException e) {
            throw new SourceException("SOURCE_FORMAT", "cannot read " + fileName + ": it is a password-protected workbook; "
                    + "save it without a password", e);
        } catch (OldExcelFormatException e) {
            throw new SourceException("SOURCE_FORMAT", "cannot read " + fileName + ": it is an Excel 5/95 workbook, which is "
                    + "not supported; save it as .xlsx", e);
        } catch (IOException | RuntimeException e) {
            throw new SourceException("SOURCE_FORMAT", "cannot read the sheet list of " + fileName + " (damaged .xls?): "
                    + e.getMessage(), e);
        }
        List<BoundSheetRecord> byPosition = new ArrayList<>(bound);
        byPosition.sort(Comparator.comparingInt(BoundSheetRecord::getPositionOfBof));
        List<SheetInfo> sheets = new ArrayList<>();
        for (BoundSheetRecord b : bound) {
            int i = byPosition.indexOf(b);
            int end = i + 1 < byPosition.size() ? byPosition.get(i + 1).getPositionOfBof() : streamSize;
            sheets.add(new SheetInfo(b.getSheetname(), Math.max(0, end - b.getPositionOfBof())));
        }
        return sheets;
    }

    private static boolean hasWorkbook(DirectoryNode root) {
        return root.hasEntry("Workbook") || root.hasEntry("WORKBOOK");
    }

    static void closeQuietly(POIFSFileSystem fs) {
        try {
            fs.close();
        } catch (IOException ignored) {
            // read-only: nothing to lose
        }
    }
}
