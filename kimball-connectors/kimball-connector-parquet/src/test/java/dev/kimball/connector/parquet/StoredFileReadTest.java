package dev.kimball.connector.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kimball.api.FilesSource;
import dev.kimball.api.LocalLocation;
import dev.kimball.api.SourceException;
import dev.kimball.api.Sources;
import dev.kimball.spi.FormatProvider;
import dev.kimball.spi.RecordReader;
import dev.kimball.spi.SeekableInput;
import dev.kimball.spi.SourceRecord;
import dev.kimball.spi.SourceUnit;
import dev.kimball.spi.StoredFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.MessageTypeParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The provider as the engine sees it (ServiceLoader, units, names) and the reading path over {@link SeekableInput}:
 * what an object store sees (how many ranged reads), exact bytes on random seeks, and clear errors.
 */
class StoredFileReadTest {
    @TempDir
    Path dir;

    @Test
    void providerIsFoundAndDescribesItsFormat() {
        FormatProvider p = ServiceLoader.load(FormatProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(f -> f.name().equals("parquet")).findFirst().orElseThrow();

        assertThat(p.extensions()).containsExactlyInAnyOrder("parquet", "parq");
        assertThat(p.accepts(Sources.parquet(Path.of("x.parquet")))).isTrue();
        assertThat(p.accepts(new FilesSource(new LocalLocation("data/*")))).isTrue();
        assertThat(p.accepts(Sources.json(Path.of("x.json")))).isFalse();
        assertThatThrownBy(() -> p.units(StoredFile.local(dir.resolve("a.parquet")), Sources.json(Path.of("x.json"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("json:");
    }

    @Test
    void unitIsNamedAfterTheFile() throws IOException {
        Path file = smallFile(dir.resolve("sales_2024.parquet"), 3);
        SourceUnit unit = new ParquetFormatProvider().units(StoredFile.local(file), Sources.parquet(file)).get(0);

        assertThat(unit.name()).isEqualTo(file.toAbsolutePath().toString());
        assertThat(unit.tableHint()).isEqualTo("sales_2024");
        assertThat(unit.sizeBytes()).isEqualTo(Files.size(file));
    }

    @Test
    void manyRowGroupsAreReadWithFewLargeRangedReads() throws IOException {
        Path file = dir.resolve("groups.parquet");
        List<Consumer<Group>> rows = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            long v = random.nextLong();
            int k = i;
            rows.add(g -> g.append("id", (long) k).append("payload", Long.toHexString(v) + Long.toHexString(~v)));
        }
        TestingParquet.write(file, MessageTypeParser.parseMessageType("message m { required int64 id; required binary payload (STRING); }"),
                CompressionCodecName.UNCOMPRESSED, false, rows);
        CountingFile counted = new CountingFile(file);
        long count = 0;
        int rowGroups;
        try (RecordReader r = new ParquetFormatProvider().units(counted, Sources.parquet(file)).get(0).open()) {
            SourceRecord rec;
            while ((rec = r.next()) != null) {
                assertThat(rec.values()[0]).isEqualTo(Long.toString(count));
                count++;
            }
            assertThat(r.bytesRead()).isEqualTo(Files.size(file));
            rowGroups = ((ParquetRowReader) r).rowGroups();
        }

        assertThat(count).isEqualTo(200_000);
        assertThat(rowGroups).isGreaterThan(1);
        // one read for the footer (its length and itself from one buffer) + one per row group's consecutive column
        // chunks: never a request per page or value
        assertThat(counted.reads).isEqualTo(1L + rowGroups);
        assertThat(counted.bytes).isLessThan(Files.size(file) + 64 * 1024);
    }

    @Test
    void seeksAndReadsReturnTheFileBytes() throws IOException {
        Path file = dir.resolve("bytes.bin");
        byte[] content = new byte[300_000];
        new Random(1).nextBytes(content);
        Files.write(file, content);
        Random random = new Random(2);
        try (StoredInputFile in = new StoredInputFile(StoredFile.local(file).openSeekable());
             org.apache.parquet.io.SeekableInputStream s = in.newStream()) {
            for (int i = 0; i < 2000; i++) {
                int pos = random.nextInt(content.length);
                int len = random.nextInt(Math.min(content.length - pos, i % 3 == 0 ? 200_000 : 100)) + 1;
                s.seek(pos);
                byte[] got = new byte[len];
                if (i % 2 == 0) {
                    s.readFully(got);
                } else {
                    java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocateDirect(len);
                    s.readFully(buf);
                    buf.flip().get(got);
                }
                assertThat(got).isEqualTo(java.util.Arrays.copyOfRange(content, pos, pos + len));
                assertThat(s.getPos()).isEqualTo(pos + len);
            }
            s.seek(content.length - 1);
            assertThat(s.read()).isEqualTo(content[content.length - 1] & 0xFF);
            assertThat(s.read()).isEqualTo(-1);
            assertThatThrownBy(() -> s.readFully(new byte[2])).isInstanceOf(java.io.EOFException.class);
        }
    }

    @Test
    void aFileThatIsNotParquetFailsNamingIt() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.parquet"), "id,name\n1,a\n");

        assertThatThrownBy(() -> TestingParquet.open(file)).isInstanceOf(SourceException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("not a readable Parquet file")
                .extracting(e -> ((SourceException) e).code()).isEqualTo("SOURCE_FORMAT");
    }

    @Test
    void aTruncatedFileFailsNamingIt() throws IOException {
        Path whole = smallFile(dir.resolve("whole.parquet"), 100);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.parquet"), java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> TestingParquet.open(cut)).isInstanceOf(SourceException.class)
                .hasMessageContaining(cut.toString()).extracting(e -> ((SourceException) e).code()).isEqualTo("SOURCE_FORMAT");
    }

    @Test
    void aVanishedFileIsNotFound() {
        Path gone = dir.resolve("gone.parquet");

        assertThatThrownBy(() -> TestingParquet.open(gone)).isInstanceOf(SourceException.class)
                .extracting(e -> ((SourceException) e).code()).isEqualTo("SOURCE_NOT_FOUND");
    }

    private static Path smallFile(Path file, int rows) throws IOException {
        List<Consumer<Group>> list = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            int k = i;
            list.add(g -> g.append("id", k));
        }
        return TestingParquet.write(file, MessageTypeParser.parseMessageType("message m { required int32 id; }"),
                CompressionCodecName.SNAPPY, true, list);
    }

    /** A local file that counts the positioned reads made on it, as an object store would count ranged GETs. */
    private static final class CountingFile implements StoredFile {
        private final StoredFile local;
        long reads;
        long bytes;

        CountingFile(Path path) {
            this.local = StoredFile.local(path);
        }

        @Override
        public String name() {
            return local.name();
        }

        @Override
        public String fileName() {
            return local.fileName();
        }

        @Override
        public long size() {
            return local.size();
        }

        @Override
        public String version() {
            return local.version();
        }

        @Override
        public InputStream open() {
            throw new AssertionError("Parquet must be read through openSeekable()");
        }

        @Override
        public SeekableInput openSeekable() {
            SeekableInput in = local.openSeekable();
            return new SeekableInput() {
                @Override
                public long length() throws IOException {
                    return in.length();
                }

                @Override
                public void readFully(long position, byte[] buffer, int offset, int len) throws IOException {
                    reads++;
                    bytes += len;
                    in.readFully(position, buffer, offset, len);
                }

                @Override
                public void close() throws IOException {
                    in.close();
                }
            };
        }
    }

    @Test
    void aFileWithoutRowsHasItsHeaderAndNoRecords() throws IOException {
        Path file = TestingParquet.write(dir.resolve("empty.parquet"), MessageTypeParser.parseMessageType(
                "message m { required int32 id; optional binary name (STRING); }"), CompressionCodecName.SNAPPY, true, List.of());

        try (RecordReader r = TestingParquet.open(file)) {
            assertThat(r.header()).containsExactly("id", "name");
            assertThat(r.next()).isNull();
        }
    }
}
