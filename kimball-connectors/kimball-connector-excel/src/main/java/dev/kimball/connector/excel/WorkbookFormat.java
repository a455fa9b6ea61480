package dev.kimball.connector.excel;

import dev.kimball.api.SourceException;
import dev.kimball.spi.SeekableInput;
import dev.kimball.spi.StoredFile;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * The two workbook containers, told apart by their first bytes rather than the file name (an {@code .xls} that is
 * really an {@code .xlsx}, and the reverse, are common).
 */
enum WorkbookFormat {
    /** Office Open XML: a zip of XML parts (.xlsx, .xlsm), streamed. */
    XLSX("xlsx"),
    /** BIFF8 in an OLE2 compound file (.xls, Excel 97-2003), read whole with POI HSSF. */
    XLS("xls");

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private final String label;

    WorkbookFormat(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /**
     * Reads the first bytes of {@code file}.
     *
     * @throws SourceException SOURCE_FORMAT when the file is no workbook (saying what it looks like), or the codes of
     *                         {@link StoredFile#openSeekable()} and SOURCE_READ_FAILED when it cannot be read
     */
    static WorkbookFormat of(StoredFile file) {
        byte[] head = new byte[8];
        int n;
        try (SeekableInput in = file.openSeekable()) {
            n = (int) Math.min(head.length, in.length());
            in.readFully(0, head, 0, n);
        } catch (IOException e) {
            throw new SourceException("SOURCE_READ_FAILED", "cannot read " + file.name() + ": " + e.getMessage(), e);
        }
        if (n >= 4 && Arrays.equals(head, 0, 4, ZIP, 0, 4)) {
            return XLSX;
        }
        if (n == 8 && Arrays.equals(head, OLE2)) {
            return XLS;
        }
        throw new SourceException("SOURCE_FORMAT", file.name() + " is not an Excel workbook (.xlsx is a zip, .xls an OLE2 "
                + "file; " + looksLike(head, n) + "): load it with the format it has, e.g. as CSV");
    }

    private static String looksLike(byte[] head, int n) {
        if (n == 0) {
            return "this file is empty";
        }
        String text = new String(head, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1).stripLeading();
        for (String p : List.of("<", "\uFEFF<", "\u00EF\u00BB\u00BF<")) {
            if (text.startsWith(p)) {
                return "this one starts like HTML/XML, which some tools save with an Excel extension";
            }
        }
        boolean printable = true;
        for (int i = 0; i < n; i++) {
            int b = head[i] & 0xff;
            printable &= b >= 0x20 || b == '\t' || b == '\n' || b == '\r';
        }
        return printable ? "this one starts like text" : "this one starts with bytes " + hex(head, n);
    }

    private static String hex(byte[] b, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(String.format("%02X", b[i] & 0xff));
        }
        return s.toString();
    }
}
