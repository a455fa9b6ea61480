package dev.kimball.connector.excel;

import dev.kimball.api.SourceException;
import dev.kimball.spi.StoredFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Lists the worksheets of an .xlsx from its zip directory and two small XML parts (the workbook and its
 * relationships), through positioned reads: on an object store that is a few ranged GETs, not a download. Chart
 * sheets and dialog/macro sheets have no cells and are not listed; hidden sheets are.
 */
final class XlsxDirectory {
    private static final String OFFICE_DOCUMENT = "/officeDocument";
    private static final String WORKSHEET = "/worksheet";
    private static final String SHARED_STRINGS = "/sharedStrings";

    private XlsxDirectory() {
    }

    /**
     * @throws SourceException SOURCE_FORMAT when the zip is not a workbook, SOURCE_READ_FAILED when it cannot be read
     */
    static List<SheetInfo> sheets(StoredFile file) {
        try (ZipFile zip = ZipFile.builder()
                .setSeekableByteChannel(new SeekableChannel(file.openSeekable())).setIgnoreLocalFileHeader(true).get()) {
            String workbook = target("", relationships(zip, "_rels/.rels").get(OFFICE_DOCUMENT));
            if (workbook == null || zip.getEntry(workbook) == null) {
                throw new SourceException("SOURCE_FORMAT", file.name() + " is a zip but not an Excel workbook (it has no "
                        + "workbook part): check that it is an .xlsx");
            }
            if (workbook.endsWith(".bin")) {
                throw new SourceException("SOURCE_FORMAT", file.name() + " is a binary workbook (.xlsb), which is not "
                        + "supported: save it as .xlsx");
            }
            String dir = workbook.contains("/") ? workbook.substring(0, workbook.lastIndexOf('/') + 1) : "";
            String relsPath = dir + "_rels/" + workbook.substring(dir.length()) + ".rels";
            Map<String, String> worksheetById = new HashMap<>();
            long sharedStrings = 0;
            for (String[] rel : relationList(zip, relsPath)) {
                if (rel[1].endsWith(WORKSHEET)) {
                    worksheetById.put(rel[0], target(dir, rel[2]));
                } else if (rel[1].endsWith(SHARED_STRINGS)) {
                    ZipArchiveEntry sst = zip.getEntry(target(dir, rel[2]));
                    sharedStrings = sst == null ? 0 : Math.max(0, sst.getSize());
                }
            }
            List<SheetInfo> sheets = new ArrayList<>();
            for (String[] sheet : sheetElements(zip, workbook)) {
                String part = worksheetById.get(sheet[1]);
                if (part != null) {
                    ZipArchiveEntry e = zip.getEntry(part);
                    sheets.add(new SheetInfo(sheet[0], e == null ? -1 : e.getCompressedSize(), sharedStrings));
                }
            }
            return sheets;
        } catch (IOException | XMLStreamException e) {
            throw new SourceException("SOURCE_FORMAT", "cannot read the sheet list of " + file.name() + " (a damaged or "
                    + "incomplete .xlsx?): " + e.getMessage(), e);
        }
    }

    /** Resolves a relationship target: absolute ({@code /xl/...}) or relative to {@code dir}. */
    private static String target(String dir, String target) {
        if (target == null) {
            return null;
        }
        String path = target.startsWith("/") ? target.substring(1) : dir + target;
        List<String> out = new ArrayList<>();
        for (String seg : path.split("/")) {
            if (seg.equals("..")) {
                if (!out.isEmpty()) {
                    out.remove(out.size() - 1);
                }
            } else if (!seg.isEmpty() && !seg.equals(".")) {
                out.add(seg);
            }
        }
        return String.join("/", out);
    }

    /** Type suffix (e.g. {@code /officeDocument}) to target, for the package relationships. */
    private static Map<String, String> relationships(ZipFile zip, String path) throws IOException, XMLStreamException {
        Map<String, String> byType = new HashMap<>();
        for (String[] rel : relationList(zip, path)) {
            byType.putIfAbsent(rel[1].substring(rel[1].lastIndexOf('/')), rel[2]);
        }
        return byType;
    }

    /** {id, type, target} of each Relationship element. */
    private static List<String[]> relationList(ZipFile zip, String path) throws IOException, XMLStreamException {
        List<String[]> out = new ArrayList<>();
        ZipArchiveEntry e = zip.getEntry(path);
        if (e == null) {
            return out;
        }
        try (InputStream in = zip.getInputStream(e)) {
            XMLStreamReader x = xml().createXMLStreamReader(in);
            while (x.hasNext()) {
                if (x.next() == XMLStreamReader.START_ELEMENT && x.getLocalName().equals("Relationship")) {
                    out.add(new String[] {attr(x, "Id"), attr(x, "Type"), attr(x, "Target")});
                }
            }
            x.close();
        }
        return out;
    }

    /** {name, relationship id} of each sheet element of the workbook part, in workbook order. */
    private static List<String[]> sheetElements(ZipFile zip, String workbook) throws IOException, XMLStreamException {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = zip.getInputStream(zip.getEntry(workbook))) {
            XMLStreamReader x = xml().createXMLStreamReader(in);
            while (x.hasNext()) {
                if (x.next() == XMLStreamReader.START_ELEMENT && x.getLocalName().equals("sheet")) {
                    out.add(new String[] {attr(x, "name"), attr(x, "id")});
                }
            }
            x.close();
        }
        return out;
    }

    /** The attribute with this local name, whatever its namespace ({@code r:id} is transitional or strict). */
    private static String attr(XMLStreamReader x, String localName) {
        for (int i = 0; i < x.getAttributeCount(); i++) {
            if (x.getAttributeLocalName(i).equals(localName)) {
                return x.getAttributeValue(i);
            }
        }
        return "";
    }

    private static XMLInputFactory xml() {
        XMLInputFactory f = XMLInputFactory.newInstance();
        // the parts come from the user's file: no DTDs, no external entities
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }
}
