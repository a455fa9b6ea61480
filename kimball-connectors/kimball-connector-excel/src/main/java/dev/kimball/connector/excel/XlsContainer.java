package dev.kimball.connector.excel;

import dev.kimball.api.SourceException;
import dev.kimball.spi.StoredFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.apache.poi.hssf.record.RecordFactoryInputStream;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The OLE2 compound file of an .xls, opened from a file so its bytes stay on disk: a local file in place, any other
 * storage through a temporary copy (deleted on close). Tells apart the OLE2 files that are not BIFF8 workbooks.
 */
final class XlsContainer implements AutoCloseable {
    private final POIFSFileSystem fs;
    private final Path tempCopy;
    private final String stream;

    private XlsContainer(POIFSFileSystem fs, Path tempCopy, String stream) {
        this.fs = fs;
        this.tempCopy = tempCopy;
        this.stream = stream;
    }

    /**
     * @throws SourceException SOURCE_FORMAT for an OLE2 file that is no readable .xls (password-protected .xlsx,
     *                         Excel 95 or older, another Office document) or a damaged one; the codes of
     *                         {@link StoredFile#open()} when it cannot be read
     */
    static XlsContainer open(StoredFile file) {
        Path temp = null;
        POIFSFileSystem fs;
        try {
            Optional<Path> local = LocalFiles.path(file);
            Path path;
            if (local.isPresent()) {
                path = local.get();
            } else {
                temp = Files.createTempFile("kimball-", ".xls");
                try (InputStream in = file.open()) {
                    Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                }
                path = temp;
            }
            fs = new POIFSFileSystem(path.toFile(), true);
        } catch (SourceException e) {
            delete(temp);
            throw e;
        } catch (IOException | RuntimeException e) {
            delete(temp);
            throw new SourceException("SOURCE_FORMAT", "cannot open " + file.name() + " as an .xls (damaged OLE2 file?): "
                    + e.getMessage(), e);
        }
        DirectoryNode root = fs.getRoot();
        String stream = root.hasEntry("Workbook") ? "Workbook" : root.hasEntry("WORKBOOK") ? "WORKBOOK" : null;
        String problem = null;
        if (root.hasEntry("EncryptedPackage")) {
            problem = "it is a password-protected workbook; save it without a password";
        } else if (stream == null && root.hasEntry("Book")) {
            problem = "it is an Excel 5/95 workbook (BIFF5), which is not supported; save it as .xlsx";
        } else if (stream == null) {
            problem = "it is an OLE2 file without a workbook stream (a Word or other Office document?)";
        }
        XlsContainer c = new XlsContainer(fs, temp, stream);
        if (problem != null) {
            c.close();
            throw new SourceException("SOURCE_FORMAT", "cannot read " + file.name() + " as an Excel workbook: " + problem);
        }
        return c;
    }

    /** The workbook stream's records from the start; closing the returned stream is the caller's. */
    DocumentInputStream workbookStream() throws IOException {
        return fs.getRoot().createDocumentInputStream(stream);
    }

    static RecordFactoryInputStream records(DocumentInputStream in) {
        return new RecordFactoryInputStream(in, false);
    }

    @Override
    public void close() {
        try {
            fs.close();
        } catch (IOException ignored) {
            // opened read-only: nothing to lose
        } finally {
            delete(tempCopy);
        }
    }

    private static void delete(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a temp file left behind is harmless; the OS temp cleaner takes it
            }
        }
    }
}
