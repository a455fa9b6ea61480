package dev.kimball.connector.excel;

import static dev.kimball.connector.excel.TestingWorkbooks.only;
import static dev.kimball.connector.excel.TestingWorkbooks.readAll;
import static dev.kimball.connector.excel.TestingWorkbooks.row;
import static dev.kimball.connector.excel.TestingWorkbooks.units;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kimball.api.SourceException;
import dev.kimball.connector.excel.TestingWorkbooks.Formula;
import dev.kimball.connector.excel.TestingWorkbooks.Kind;
import dev.kimball.spi.RecordReader;
import dev.kimball.spi.SourceRecord;
import dev.kimball.spi.SourceUnit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbooks that are unusual but real: unevaluated formulas, reordered sheets, encrypted or foreign OLE2 files. */
class WorkbookEdgeCasesTest {
    @TempDir
    Path dir;

    /** POI and other libraries write formulas without computing them; an .xlsx then has no cached value. */
    @Test
    void anXlsxFormulaSavedWithoutItsResultIsNull() {
        Path file = TestingWorkbooks.write(dir, "raw.xlsx", Kind.XLSX, false, wb -> {
            Sheet s = wb.createSheet("s");
            row(s, 0, "a", "b");
            row(s, 1, 2, new Formula("A2*3"));
        });
        assertThat(readAll(only(units(file)))).extracting(r -> Arrays.asList(r.values()))
                .containsExactly(Arrays.asList("2", null));
    }

    /** HSSF stores 0 as the result of a formula it did not compute; the reader can only pass that on. */
    @Test
    void anXlsFormulaSavedWithoutComputingReadsItsStoredZero() {
        Path file = TestingWorkbooks.write(dir, "raw.xls", Kind.XLS, false, wb -> {
            Sheet s = wb.createSheet("s");
            row(s, 0, "a", "b");
            row(s, 1, 2, new Formula("A2*3"));
        });
        assertThat(readAll(only(units(file)))).extracting(r -> Arrays.asList(r.values()))
                .containsExactly(List.of("2", "0"));
    }

    @Test
    void reorderedXlsSheetsEachReadTheirOwnCells() {
        Path file = TestingWorkbooks.write(dir, "order", Kind.XLS, wb -> {
            for (String name : List.of("first", "second", "third")) {
                Sheet s = wb.createSheet(name);
                row(s, 0, "sheet");
                row(s, 1, name);
            }
            wb.setSheetOrder("third", 0);
        });
        List<SourceUnit> units = units(file);
        assertThat(units).extracting(u -> u.name().substring(u.name().indexOf('#') + 1)).containsExactly("third", "first", "second");
        for (SourceUnit u : units) {
            assertThat(readAll(u)).extracting(r -> r.values()[0]).containsExactly(u.name().substring(u.name().indexOf('#') + 1));
        }
    }

    @Test
    void sheetNamesWithQuotesAndUnicode() {
        Path file = TestingWorkbooks.write(dir, "names", Kind.XLSX, wb -> {
            row(wb.createSheet("O'Brien"), 0, "x");
            row(wb.createSheet("Übersicht 東京"), 0, "y");
        });
        List<SourceUnit> units = units(file);
        assertThat(units).extracting(SourceUnit::tableHint).containsExactly("names_O'Brien", "names_Übersicht 東京");
        try (RecordReader r = units.get(0).open()) {
            assertThat(r.dialect()).startsWith("sheet='O''Brien' ");
        }
    }

    @Test
    void aPasswordProtectedWorkbookSaysSo() throws Exception {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            row(wb.createSheet("s"), 0, "secret");
            wb.write(plain);
        }
        Path file = dir.resolve("locked.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("pw");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(plain.toByteArray());
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertThatThrownBy(() -> units(file)).isInstanceOf(SourceException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("password-protected");
    }

    @Test
    void anOle2FileThatIsNoWorkbookSaysSo() throws IOException {
        Path file = dir.resolve("letter.xls");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "WordDocument");
            fs.writeFilesystem(out);
        }
        assertThatThrownBy(() -> units(file)).isInstanceOf(SourceException.class)
                .hasMessageContaining("without a workbook stream");
    }

    @Test
    void aTruncatedXlsIsAnErrorNamingTheFile() throws IOException {
        Path good = TestingWorkbooks.write(dir, "good", Kind.XLS, wb -> {
            Sheet s = wb.createSheet("s");
            for (int i = 0; i < 2000; i++) {
                row(s, i, "row " + i, i);
            }
        });
        byte[] all = Files.readAllBytes(good);
        Path cut = Files.write(dir.resolve("cut.xls"), Arrays.copyOf(all, all.length / 2));
        assertThatThrownBy(() -> {
            for (SourceUnit u : units(cut)) {
                readAll(u);
            }
        }).isInstanceOf(SourceException.class).hasMessageContaining(cut.toString());
    }

    /** POI refuses parts that expand over 100 times (zip bombs); the error says so instead of "damaged". */
    @Test
    void aFileThatLooksLikeAZipBombIsExplained() throws IOException {
        Path file = dir.resolve("bomb.xlsx");
        try (var wb = new org.apache.poi.xssf.streaming.SXSSFWorkbook(new XSSFWorkbook(), 100, true, true);
             OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("s");
            for (int i = 0; i < 20_000; i++) {
                s.createRow(i).createCell(0).setCellValue(i + ":" + "a".repeat(1000));
            }
            wb.write(out);
        }
        SourceUnit unit = only(units(file));
        assertThatThrownBy(unit::open).isInstanceOf(SourceException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("possible zip bomb")
                .hasMessageContaining("ZipSecureFile.setMinInflateRatio");
    }

    @Test
    void everyRecordLineIsItsSheetRow() {
        Path file = TestingWorkbooks.write(dir, "gaps", Kind.XLSX, wb -> {
            Sheet s = wb.createSheet("s");
            row(s, 0, "v");
            row(s, 9, "ten");
            row(s, 99_999, "hundred thousand");
        });
        assertThat(readAll(only(units(file)))).extracting(SourceRecord::line).containsExactly(10L, 100_000L);
    }
}
