package dev.kimball.connector.parquet;

import dev.kimball.api.Sources;
import dev.kimball.spi.RecordReader;
import dev.kimball.spi.SourceRecord;
import dev.kimball.spi.SourceUnit;
import dev.kimball.spi.StoredFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/** Writes real Parquet files with parquet-mr's own example writer and reads them back through the format provider. */
final class TestingParquet {
    private TestingParquet() {
    }

    /** Writes one row per {@code rows} entry; each fills a {@link Group} of {@code schema}. */
    @SafeVarargs
    static Path write(Path file, String schema, Consumer<Group>... rows) throws IOException {
        return write(file, MessageTypeParser.parseMessageType(schema), CompressionCodecName.SNAPPY, true, List.of(rows));
    }

    /** Writes with 4 MiB row groups (so moderately sized test files have several). */
    static Path write(Path file, MessageType type, CompressionCodecName codec, boolean dictionary, Iterable<Consumer<Group>> rows)
            throws IOException {
        return write(file, type, codec, dictionary, 4L * 1024 * 1024, rows);
    }

    static Path write(Path file, MessageType type, CompressionCodecName codec, boolean dictionary, long rowGroupBytes,
            Iterable<Consumer<Group>> rows) throws IOException {
        SimpleGroupFactory groups = new SimpleGroupFactory(type);
        try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(file)).withType(type)
                .withCompressionCodec(codec).withDictionaryEncoding(dictionary).withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .withRowGroupSize(rowGroupBytes).build()) {
            for (Consumer<Group> row : rows) {
                Group g = groups.newGroup();
                row.accept(g);
                w.write(g);
            }
        }
        return file;
    }

    static RecordReader open(Path file) {
        List<SourceUnit> units = new ParquetFormatProvider().units(StoredFile.local(file), Sources.parquet(file));
        return units.get(0).open();
    }

    /** Every record of the file (rows and rejects). */
    static List<SourceRecord> readAll(Path file) {
        List<SourceRecord> out = new ArrayList<>();
        try (RecordReader r = open(file)) {
            SourceRecord rec;
            while ((rec = r.next()) != null) {
                out.add(rec);
            }
        }
        return out;
    }
}
