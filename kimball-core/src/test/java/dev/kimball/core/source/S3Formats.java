package dev.kimball.core.source;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Files of every format, written with each format's own library and uploaded to the test S3 server. */
final class S3Formats {
    static final int PARQUET_ROWS = 60_000;

    private S3Formats() {
    }

    static String city(int id) {
        return "city " + (id % 97);
    }

    static String amount(int id) {
        return BigDecimal.valueOf(id * 7L, 2).toPlainString();
    }

    /** {@code parquet/orders.parquet} (several row groups) and {@code mixed/} (CSV, JSON lines, Excel, Parquet). */
    static void upload(TestingS3Server s3, String bucket, Path dir) throws IOException {
        MessageType type = MessageTypeParser.parseMessageType(
                "message m { required int64 id; optional binary city (STRING); optional int64 amount (DECIMAL(18,2)); }");
        SimpleGroupFactory f = new SimpleGroupFactory(type);
        Path orders = dir.resolve("orders.parquet");
        // small row groups and pages, so the reader seeks to several column chunks (ranged GETs) rather than one
        try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(orders)).withType(type)
                .withRowGroupSize(256L * 1024).withPageSize(16 * 1024).withDictionaryEncoding(false).build()) {
            for (int id = 1; id <= PARQUET_ROWS; id++) {
                Group g = f.newGroup().append("id", (long) id).append("amount", id * 7L);
                if (id % 7 != 0) {
                    g.append("city", city(id));
                }
                w.write(g);
            }
        }
        try (ParquetFileReader r = ParquetFileReader.open(new LocalInputFile(orders))) {
            if (r.getRowGroups().size() < 3) {
                throw new IllegalStateException("orders.parquet should have several row groups, has " + r.getRowGroups().size());
            }
        }
        s3.put(bucket, "parquet/orders.parquet", Files.readAllBytes(orders));

        s3.put(bucket, "mixed/customers.csv", "id,name\n1,Ann\n2,Bob\n");
        s3.put(bucket, "mixed/events.jsonl", "{\"id\": 1, \"user\": {\"name\": \"Ann\"}}\n{\"id\": 2, \"user\": {\"name\": \"Bob\"}}\n");
        Path points = dir.resolve("points.parquet");
        try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(points)).withType(type).build()) {
            w.write(f.newGroup().append("id", 1L).append("city", "Bern").append("amount", 100L));
            w.write(f.newGroup().append("id", 2L).append("city", "Zürich").append("amount", 250L));
        }
        s3.put(bucket, "mixed/points.parquet", Files.readAllBytes(points));
        Path budget = dir.resolve("budget.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(budget)) {
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
        s3.put(bucket, "mixed/budget.xlsx", Files.readAllBytes(budget));
    }
}
