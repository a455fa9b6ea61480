package dev.kimball.core.bronze;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kimball.api.LoadReport;
import dev.kimball.api.Sources;
import dev.kimball.api.TableLoadReport;
import dev.kimball.spi.Dialect;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One folder of mixed files (CSV, JSON lines, Parquet, Excel) loaded with {@code Sources.files(dir)}: each file's
 * format is chosen by its extension, each lands in its own bronze table with exact string values.
 */
public abstract class FormatsToBronzeContractTest extends SessionContractTest {

    @TempDir
    Path dir;

    private void writeFiles() throws IOException {
        Files.writeString(dir.resolve("customers.csv"), "id,name\n1,Ann\n2,Bob\n");
        Files.writeString(dir.resolve("events.jsonl"), "{\"id\": 1, \"user\": {\"name\": \"Ann\", \"tags\": [\"a\", \"b\"]}, \"ok\": true}\n"
                + "{\"id\": 2, \"user\": {\"name\": \"Bob\"}, \"ok\": false}\n");
        MessageType type = MessageTypeParser.parseMessageType(
                "message m { required int64 id; optional binary city (STRING); optional int32 amount (DECIMAL(9,2)); }");
        SimpleGroupFactory f = new SimpleGroupFactory(type);
        try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(dir.resolve("sales.parquet"))).withType(type).build()) {
            w.write(f.newGroup().append("id", 1L).append("city", "Zürich").append("amount", 12345));
            w.write(f.newGroup().append("id", 2L));
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve("budget.xlsx"))) {
            Sheet s = wb.createSheet("Plan");
            Row h = s.createRow(0);
            h.createCell(0).setCellValue("month");
            h.createCell(1).setCellValue("amount");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row r = s.createRow(1);
            r.createCell(0).setCellValue(LocalDate.of(2024, 3, 1));
            r.getCell(0).setCellStyle(date);
            r.createCell(1).setCellValue(1234.5);
            wb.write(out);
        }
    }

    @Test
    void aFolderOfMixedFormatsLoadsOneTablePerFile() throws IOException {
        writeFiles();
        LoadReport r = session.acquire(Sources.files(dir.toString())).toBronze().run();
        assertThat(r.tables()).extracting(t -> t.table().name())
                .containsExactlyInAnyOrder("customers", "events", "sales", "budget");
        assertThat(r.rowsRejected()).isZero();
        Dialect d = warehouse.dialect();

        TableLoadReport events = r.table("events");
        assertThat(events.columns()).extracting(c -> c.original()).contains("id", "user.name", "user.tags", "ok");
        Map<String, Object> e1 = warehouse.query("SELECT * FROM " + d.table(events.table()) + " WHERE id = '1'").get(0);
        assertThat(e1).containsEntry("user_name", "Ann").containsEntry("ok", "true");
        assertThat((String) e1.get("user_tags")).isEqualToIgnoringWhitespace("[\"a\",\"b\"]");

        Map<String, Object> s1 = warehouse.query("SELECT * FROM " + d.table(r.table("sales").table()) + " ORDER BY id").get(0);
        assertThat(s1).containsEntry("city", "Zürich").containsEntry("amount", "123.45");

        Map<String, Object> b1 = warehouse.query("SELECT * FROM " + d.table(r.table("budget").table())).get(0);
        assertThat(b1).containsEntry("month", "2024-03-01").containsEntry("amount", "1234.5");
        assertThat(warehouse.queryLong("SELECT count(*) FROM " + d.table(r.table("customers").table()))).isEqualTo(2);
    }
}
