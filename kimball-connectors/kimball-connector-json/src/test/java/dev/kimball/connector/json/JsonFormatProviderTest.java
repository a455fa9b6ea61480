package dev.kimball.connector.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kimball.api.FilesSource;
import dev.kimball.api.LocalLocation;
import dev.kimball.api.SourceException;
import dev.kimball.api.Sources;
import dev.kimball.spi.FormatProvider;
import dev.kimball.spi.RecordReader;
import dev.kimball.spi.SourceUnit;
import dev.kimball.spi.StoredFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The provider as the engine sees it: ServiceLoader, extensions, accepted sources, units. */
class JsonFormatProviderTest {
    @TempDir
    Path dir;

    @Test
    void providerIsFoundAndDescribesItsFormat() {
        FormatProvider p = ServiceLoader.load(FormatProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(f -> f.name().equals("json")).findFirst().orElseThrow();

        assertThat(p.extensions()).containsExactlyInAnyOrder("json", "jsonl", "ndjson");
        assertThat(p.accepts(Sources.json(Path.of("x.json")))).isTrue();
        assertThat(p.accepts(new FilesSource(new LocalLocation("data/*")))).isTrue();
        assertThat(p.accepts(Sources.parquet(Path.of("x.parquet")))).isFalse();
        assertThatThrownBy(() -> p.units(StoredFile.local(dir.resolve("a.json")), Sources.parquet(Path.of("x.parquet"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parquet:");
    }

    @Test
    void unitIsNamedAfterTheFileAndReadsAFilesSourceWithTheDefaultSeparator() throws IOException {
        Path file = TestingJson.write(dir.resolve("clicks_2024.ndjson"), "{\"a\": {\"b\": 1}}\n");
        SourceUnit unit = new JsonFormatProvider().units(StoredFile.local(file), new FilesSource(new LocalLocation(dir.toString()))).get(0);

        assertThat(unit.name()).isEqualTo(file.toAbsolutePath().toString());
        assertThat(unit.tableHint()).isEqualTo("clicks_2024");
        assertThat(unit.sizeBytes()).isEqualTo(Files.size(file));
        try (RecordReader r = unit.open()) {
            assertThat(r.header()).containsExactly("a.b");
            assertThat(r.next().values()).containsExactly("1");
            assertThat(r.next()).isNull();
            assertThat(r.bytesRead()).isEqualTo(Files.size(file));
        }
    }

    @Test
    void jsonLinesExtensionsAreReadLineByLineWhateverTheFirstLine() throws IOException {
        Path file = TestingJson.write(dir.resolve("odd.jsonl"), "[1]\n{\"a\": 1}\nnot json\n");

        TestingJson.Read read = TestingJson.read(file);

        assertThat(read.rows()).extracting(r -> r.values()[0]).containsExactly("1");
        assertThat(read.rejects()).extracting(r -> r.line()).containsExactly(1L, 3L);
    }

    @Test
    void aVanishedFileIsNotFound() {
        Path gone = dir.resolve("gone.json");

        assertThatThrownBy(() -> TestingJson.open(gone)).isInstanceOf(SourceException.class)
                .extracting(e -> ((SourceException) e).code()).isEqualTo("SOURCE_NOT_FOUND");
    }
}
