package dev.kimball.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kimball.api.ConfigurationException;
import dev.kimball.api.Location;
import dev.kimball.api.Source;
import dev.kimball.api.SourceException;
import dev.kimball.api.Sources;
import dev.kimball.connector.csv.CsvFormatProvider;
import dev.kimball.spi.RecordReader;
import dev.kimball.spi.SourceProvider;
import dev.kimball.spi.SourceUnit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File sources through the engine's discovery, with the real CSV format module on the classpath. */
class FileSourceProviderTest {
    @TempDir
    Path dir;

    private final SourceProviders providers = SourceProviders.discover();

    private List<SourceUnit> units(Source source) {
        SourceProvider p = providers.forSource(source);
        assertThat(p.name()).isEqualTo("files");
        return p.units(source);
    }

    private static List<String> names(List<SourceUnit> units) {
        return units.stream().map(u -> Path.of(u.name()).getFileName().toString()).toList();
    }

    private Path write(String name, String text) {
        try {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            return Files.writeString(p, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aCsvDirectoryYieldsItsCsvFamilyFilesSortedNotRecursiveNotHidden() {
        for (String n : List.of("b.TSV", "a.csv", "c.txt", "d.psv", "e.tab", "f.dat", "g.json", ".hidden.csv", "sub/x.csv")) {
            write(n, "a,b\n1,2\n");
        }
        List<SourceUnit> units = units(Sources.csv(dir));
        assertThat(names(units)).containsExactly("a.csv", "b.TSV", "c.txt", "d.psv", "e.tab", "f.dat");
        assertThat(units.get(1).tableHint()).isEqualTo("b");
    }

    @Test
    void aCsvDirectoryWithoutCsvFilesIsSourceNotFoundNamingTheExtensions() {
        write("notes.json", "{}");
        assertThatThrownBy(() -> units(Sources.csv(dir)))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.code()).isEqualTo("SOURCE_NOT_FOUND"))
                .hasMessageContaining(dir.toString()).hasMessageContaining("*.csv").hasMessageContaining("*.tsv");
    }

    @Test
    void aFileNamedExplicitlyIsReadWhateverItsExtension() {
        Path log = write("export.log", "k;v\na;1\n");
        List<SourceUnit> units = units(Sources.csv(log));
        assertThat(units).singleElement().satisfies(u -> assertThat(u.name()).isEqualTo(log.toAbsolutePath().toString()));
        try (RecordReader r = units.get(0).open()) {
            assertThat(r.header()).containsExactly("k", "v");
            assertThat(r.next().values()).containsExactly("a", "1");
        }
    }

    @Test
    void aGlobReadsWhatItMatchesWhateverTheExtension() {
        write("logs/a.log", "x\n1\n");
        write("logs/b.log", "x\n2\n");
        write("logs/c.csv", "x\n3\n");
        assertThat(names(units(Sources.csv(dir + "/logs/*.log")))).containsExactly("a.log", "b.log");
    }

    @Test
    void aSingleFileInAFolderIsStillFilteredByExtension() {
        write("one/readme.md", "# hi");
        assertThatThrownBy(() -> units(Sources.csv(dir.resolve("one"))))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.code()).isEqualTo("SOURCE_NOT_FOUND"));
    }

    @Test
    void anyFormatFilesPickTheFormatByExtension() {
        write("mix/a.csv", "id,name\n1,Ann\n");
        write("mix/b.tsv", "id\tname\n2\tBob\n");
        List<SourceUnit> units = units(Sources.files(dir.resolve("mix").toString()));
        assertThat(names(units)).containsExactly("a.csv", "b.tsv");
        try (RecordReader r = units.get(1).open()) {
            assertThat(r.header()).containsExactly("id", "name");
            assertThat(r.next().values()).containsExactly("2", "Bob");
        }
    }

    @Test
    void anyFormatFilesWithAnUnknownExtensionNameTheFileAndTheSupportedExtensions() {
        Path odd = write("odd/data.xyz", "x");
        assertThatThrownBy(() -> units(Sources.files(odd.toString())))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.code()).isEqualTo("SOURCE_FORMAT"))
                .hasMessageContaining(odd.toAbsolutePath().toString()).hasMessageContaining(".xyz").hasMessageContaining("csv, dat");
    }

    /** The engine as it is with only the CSV module on the classpath, whatever other modules this test JVM has. */
    private static FileSourceProvider csvOnly() {
        return new FileSourceProvider(StorageProviders.discover(), new FormatProviders(List.of(new CsvFormatProvider()), List.of()));
    }

    @Test
    void anyFormatFilesOfAFormatWhoseModuleIsMissingNameTheArtifact() {
        Path pq = write("pq/data.parquet", "PAR1");
        assertThatThrownBy(() -> csvOnly().units(Sources.files(pq.toString())))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.code()).isEqualTo("SOURCE_FORMAT"))
                .hasMessageContaining("dev.kimball:kimball-connector-parquet");
    }

    @Test
    void aFormatWithoutItsModuleNamesTheArtifactToAdd() {
        Path pq = write("pq2/data.parquet", "PAR1");
        assertThatThrownBy(() -> csvOnly().units(Sources.parquet(pq)))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.code()).isEqualTo("NO_CONNECTOR"))
                .hasMessageContaining("dev.kimball:kimball-connector-parquet").hasMessageContaining("formats on the classpath: [csv]");
    }

    @Test
    void aLocationNoStorageReadsNamesTheStoragesAndTheArtifact() {
        Location ftp = () -> "ftp://host/data.csv";
        assertThatThrownBy(() -> units(Sources.csv(ftp)))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.code()).isEqualTo("NO_STORAGE"))
                .hasMessageContaining("ftp://host/data.csv").hasMessageContaining("local")
                .hasMessageContaining("dev.kimball:kimball-connector-ftp");
    }

    @Test
    void aMissingLocationIsSourceNotFoundNamingIt() {
        String missing = dir.resolve("nope.csv").toString();
        assertThatThrownBy(() -> units(Sources.csv(missing)))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.code()).isEqualTo("SOURCE_NOT_FOUND"))
                .hasMessageContaining(missing);
    }

    @Test
    void extensionsAreLowerCaseWithoutTheDot() {
        assertThat(FileSourceProvider.extension("a.TSV")).isEqualTo("tsv");
        assertThat(FileSourceProvider.extension("v1.2.csv")).isEqualTo("csv");
        assertThat(FileSourceProvider.extension("README")).isEmpty();
        assertThat(FileSourceProvider.extension(".profile")).isEmpty();
    }
}
