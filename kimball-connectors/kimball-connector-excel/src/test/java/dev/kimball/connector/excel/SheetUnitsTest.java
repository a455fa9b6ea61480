package dev.kimball.connector.excel;

import static dev.kimball.connector.excel.TestingWorkbooks.only;
import static dev.kimball.connector.excel.TestingWorkbooks.readAll;
import static dev.kimball.connector.excel.TestingWorkbooks.row;
import static dev.kimball.connector.excel.TestingWorkbooks.units;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kimball.api.FilesSource;
import dev.kimball.api.LocalLocation;
import dev.kimball.api.SourceException;
import dev.kimball.api.Sources;
import dev.kimball.connector.excel.TestingWorkbooks.Kind;
import dev.kimball.spi.FormatProvider;
import dev.kimball.spi.SourceRecord;
import dev.kimball.spi.SourceUnit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Which sheets become units, how they are named, and what happens when a workbook or sheet is not what was asked. */
class SheetUnitsTest {
    @TempDir
    Path dir;

    private Path threeSheets(Kind kind) {
        return TestingWorkbooks.write(dir, "Sales 2024", kind, wb -> {
            fill(wb.createSheet("North"), "n");
            fill(wb.createSheet("South East"), "s");
            fill(wb.createSheet("Archive"), "a");
            wb.setSheetHidden(2, true);
        });
    }

    private static void fill(Sheet s, String prefix) {
        row(s, 0, "id", "name");
        for (int i = 1; i <= 3; i++) {
            row(s, i, i, prefix + i);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everySheetIsAUnitInWorkbookOrderHiddenIncluded(Kind kind) {
        Path file = threeSheets(kind);
        List<SourceUnit> units = units(file);
        String abs = file.toAbsolutePath().toString();
        assertThat(units).extracting(SourceUnit::name)
                .containsExactly(abs + "#North", abs + "#South East", abs + "#Archive");
        assertThat(units).extracting(SourceUnit::tableHint)
                .containsExactly("Sales 2024_North", "Sales 2024_South East", "Sales 2024_Archive");
        assertThat(units).allSatisfy(u -> assertThat(u.sizeBytes()).isPositive());
        assertThat(units.get(0).sizeBytes() + units.get(1).sizeBytes() + units.get(2).sizeBytes())
                .isLessThanOrEqualTo(file.toFile().length());
        for (SourceUnit u : units) {
            String prefix = u.name().substring(u.name().indexOf('#') + 1).substring(0, 1).toLowerCase();
            assertThat(readAll(u)).extracting(r -> r.values()[1])
                    .containsExactly(prefix + "1", prefix + "2", prefix + "3");
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aChosenSheetIsTheOnlyUnitAndKeepsItsTableHint(Kind kind) {
        Path file = threeSheets(kind);
        SourceUnit u = only(units(file, Sources.excel(file).sheet("South East")));
        assertThat(u.name()).endsWith(".xls" + (kind == Kind.XLSX ? "x" : "") + "#South East");
        assertThat(u.tableHint()).isEqualTo("Sales 2024_South East");
        assertThat(readAll(u)).extracting(SourceRecord::line).containsExactly(2L, 3L, 4L);
        // Excel sheet names are case-insensitive
        assertThat(only(units(file, Sources.excel(file).sheet("south east"))).name()).endsWith("#South East");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aMissingSheetNamesTheFileAndTheSheetsItHas(Kind kind) {
        Path file = threeSheets(kind);
        assertThatThrownBy(() -> units(file, Sources.excel(file).sheet("West")))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("sheet 'West' not found in " + file.toAbsolutePath())
                .hasMessageContaining("its sheets are 'North', 'South East', 'Archive'")
                .extracting(e -> ((SourceException) e).code()).isEqualTo("SOURCE_NOT_FOUND");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aOneSheetWorkbookIsNamedAfterTheFileOnly(Kind kind) {
        Path file = TestingWorkbooks.write(dir, "customers", kind, wb -> fill(wb.createSheet("Sheet1"), "c"));
        SourceUnit u = only(units(file));
        assertThat(u.tableHint()).isEqualTo("customers");
        assertThat(u.name()).isEqualTo(file.toAbsolutePath() + "#Sheet1");
    }

    @Test
    void filesSourceReadsWithDefaults() {
        Path file = threeSheets(Kind.XLSX);
        List<SourceUnit> units = units(file, new FilesSource(new LocalLocation(dir.toString())));
        assertThat(units).hasSize(3);
        assertThat(readAll(units.get(0))).hasSize(3);
    }

    @Test
    void foundThroughServiceLoaderForExcelAndFilesSources() {
        List<FormatProvider> providers = ServiceLoader.load(FormatProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals("excel")).toList();
        assertThat(providers).hasSize(1);
        FormatProvider p = providers.get(0);
        assertThat(p.extensions()).containsExactlyInAnyOrder("xlsx", "xlsm", "xls");
        assertThat(p.accepts(Sources.excel(dir))).isTrue();
        assertThat(p.accepts(new FilesSource(new LocalLocation(dir.toString())))).isTrue();
        assertThat(p.accepts(Sources.csv(dir))).isFalse();
    }

    /** The container decides, not the extension: an .xlsx saved as .xls (and the reverse) still reads. */
    @Test
    void theContentDecidesNotTheExtension() throws IOException {
        Path realXlsx = TestingWorkbooks.write(dir, "really-xlsx.xls", Kind.XLSX, true, wb -> fill(wb.createSheet("s"), "x"));
        Path realXls = TestingWorkbooks.write(dir, "really-xls.xlsx", Kind.XLS, true, wb -> fill(wb.createSheet("s"), "y"));
        try (var r = only(units(realXlsx)).open()) {
            assertThat(r.encoding()).isEqualTo("xlsx");
        }
        try (var r = only(units(realXls)).open()) {
            assertThat(r.encoding()).isEqualTo("xls");
            assertThat(readAll(r)).hasSize(3);
        }
    }

    @Test
    void macroEnabledWorkbooksRead() throws IOException {
        Path file = dir.resolve("macros.xlsm");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(org.apache.poi.xssf.usermodel.XSSFWorkbookType.XLSM);
             var out = Files.newOutputStream(file)) {
            fill(wb.createSheet("Data"), "m");
            wb.write(out);
        }
        SourceUnit u = only(units(file));
        assertThat(u.tableHint()).isEqualTo("macros");
        assertThat(readAll(u)).extracting(r -> r.values()[1]).containsExactly("m1", "m2", "m3");
    }

    @Test
    void aBinaryXlsbWorkbookIsRefusedByName() throws IOException {
        Path file = dir.resolve("binary.xlsb");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            out.putNextEntry(new java.util.zip.ZipEntry("_rels/.rels"));
            out.write(("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship "
                    + "Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                    + "Target=\"xl/workbook.bin\"/></Relationships>").getBytes());
            out.putNextEntry(new java.util.zip.ZipEntry("xl/workbook.bin"));
            out.write(new byte[] {(byte) 0x83, 1, 0});
        }
        assertThatThrownBy(() -> units(file)).isInstanceOf(SourceException.class)
                .hasMessageContaining(file + " is a binary workbook (.xlsb)");
    }

    @Test
    void notAWorkbookSaysWhatItLooksLike() throws IOException {
        Path html = Files.writeString(dir.resolve("export.xls"), "<html><table><tr><td>1</td></tr></table></html>");
        Path csv = Files.writeString(dir.resolve("data.xlsx"), "id,name\n1,a\n");
        Path empty = Files.write(dir.resolve("empty.xlsx"), new byte[0]);
        Path zip = dir.resolve("other.xlsx");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            out.write("not a workbook".getBytes());
        }
        assertThatThrownBy(() -> units(html)).isInstanceOf(SourceException.class)
                .hasMessageContaining(html + " is not an Excel workbook").hasMessageContaining("starts like HTML");
        assertThatThrownBy(() -> units(csv)).isInstanceOf(SourceException.class).hasMessageContaining("starts like text");
        assertThatThrownBy(() -> units(empty)).isInstanceOf(SourceException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> units(zip)).isInstanceOf(SourceException.class)
                .hasMessageContaining(zip + " is a zip but not an Excel workbook");
    }

    @Test
    void aTruncatedXlsxIsAFormatErrorNamingTheFile() throws IOException {
        Path good = threeSheets(Kind.XLSX);
        byte[] all = Files.readAllBytes(good);
        Path cut = Files.write(dir.resolve("cut.xlsx"), java.util.Arrays.copyOf(all, all.length / 2));
        assertThatThrownBy(() -> units(cut)).isInstanceOf(SourceException.class)
                .hasMessageContaining(cut.toString())
                .extracting(e -> ((SourceException) e).code()).isEqualTo("SOURCE_FORMAT");
    }

    /** POI cannot write a chart sheet: one is spliced into the package as Excel would store it. */
    @Test
    void chartSheetsAreNotUnits() throws IOException {
        Path plain = TestingWorkbooks.write(dir, "plain", Kind.XLSX, (Workbook wb) -> fill(wb.createSheet("Data"), "d"));
        Path file = dir.resolve("report.xlsx");
        try (var in = new java.util.zip.ZipFile(plain.toFile());
             var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            for (var e : java.util.Collections.list(in.entries())) {
                String text = new String(in.getInputStream(e).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                if (e.getName().equals("xl/workbook.xml")) {
                    text = text.replace("</sheets>", "<sheet name=\"Chart1\" sheetId=\"9\" r:id=\"rIdChart\"/></sheets>");
                } else if (e.getName().equals("xl/_rels/workbook.xml.rels")) {
                    text = text.replace("</Relationships>", "<Relationship Id=\"rIdChart\" Type=\"http://schemas."
                            + "openxmlformats.org/officeDocument/2006/relationships/chartsheet\" Target=\"chartsheets/sheet1.xml\"/>"
                            + "</Relationships>");
                }
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            out.putNextEntry(new java.util.zip.ZipEntry("xl/chartsheets/sheet1.xml"));
            out.write(("<chartsheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<sheetViews><sheetView workbookViewId=\"0\"/></sheetViews></chartsheet>").getBytes());
        }
        assertThat(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("chartsheets/sheet1.xml");
        SourceUnit u = only(units(file));
        assertThat(u.name()).endsWith("#Data");
        assertThat(u.tableHint()).as("one worksheet: the file base alone").isEqualTo("report");
        assertThat(readAll(u)).hasSize(3);
        assertThatThrownBy(() -> units(file, Sources.excel(file).sheet("Chart1")))
                .hasMessageContaining("its sheets are 'Data'");
    }
}
