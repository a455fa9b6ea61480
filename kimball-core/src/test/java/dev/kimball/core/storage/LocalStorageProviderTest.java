package dev.kimball.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kimball.api.LocalLocation;
import dev.kimball.api.S3Location;
import dev.kimball.api.SourceException;
import dev.kimball.api.Sources;
import dev.kimball.spi.SeekableInput;
import dev.kimball.spi.StoredFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStorageProviderTest {
    @TempDir
    Path dir;

    private final LocalStorageProvider storage = new LocalStorageProvider();

    private List<StoredFile> list(String location) {
        return storage.list(new LocalLocation(location));
    }

    private static List<String> names(List<StoredFile> files) {
        return files.stream().map(StoredFile::fileName).toList();
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
    void aFileIsListedByAbsolutePathWithItsSizeAndReadable() throws Exception {
        Path f = write("daily_sales.csv", "a,b\n1,2\n");
        List<StoredFile> files = list(f.toString());
        assertThat(files).hasSize(1);
        StoredFile sf = files.get(0);
        assertThat(sf.name()).isEqualTo(f.toAbsolutePath().toString());
        assertThat(sf.fileName()).isEqualTo("daily_sales.csv");
        assertThat(sf.size()).isEqualTo(8);
        try (InputStream in = sf.open()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("a,b\n1,2\n");
        }
        try (SeekableInput s = sf.openSeekable()) {
            byte[] b = new byte[3];
            s.readFully(4, b, 0, 3);
            assertThat(new String(b, StandardCharsets.UTF_8)).isEqualTo("1,2");
        }
    }

    @Test
    void aRelativePathIsResolvedAgainstTheWorkingDirectory() throws Exception {
        Path f = write("rel.csv", "a\n1\n");
        Path rel = Path.of("").toAbsolutePath().relativize(f);
        assertThat(list(rel.toString())).extracting(StoredFile::name).containsExactly(f.toAbsolutePath().normalize().toString());
    }

    @Test
    void aDirectoryYieldsEveryFileSortedNotRecursiveNotHidden() {
        for (String n : List.of("b.TSV", "a.csv", "c.txt", "g.json", "README", ".hidden.csv", "sub/x.csv")) {
            write(n, "a,b\n1,2\n");
        }
        assertThat(names(list(dir.toString()))).containsExactly("README", "a.csv", "b.TSV", "c.txt", "g.json");
    }

    @Test
    void aGlobMatchesFileNames() {
        for (String n : List.of("data/sales_2.csv", "data/sales_1.csv", "data/other.csv", "data/sales_3.txt")) {
            write(n, "a,b\n1,2\n");
        }
        assertThat(names(list(dir + "/data/sales_*.csv"))).containsExactly("sales_1.csv", "sales_2.csv");
    }

    @Test
    void aDoubleStarGlobDescendsIncludingTheTopDirectory() {
        for (String n : List.of("d/a.csv", "d/x/b.csv", "d/x/y/c.csv", "d/x/y/c.txt", "d/x/.h.csv")) {
            write(n, "a,b\n1,2\n");
        }
        assertThat(names(list(dir + "/d/**/*.csv"))).containsExactly("a.csv", "b.csv", "c.csv");
    }

    @Test
    void aGlobWithBracesAndClassesMatchesAsInShells() {
        for (String n : List.of("m/s1.csv", "m/s2.parquet", "m/s3.json", "m/t1.csv")) {
            write(n, "x");
        }
        assertThat(names(list(dir + "/m/s[12].{csv,parquet}"))).containsExactly("s1.csv", "s2.parquet");
    }

    @Test
    void aMissingPathIsSourceNotFoundNamingTheLocation() {
        String missing = dir.resolve("nope/sales.csv").toString();
        assertThatThrownBy(() -> list(missing))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.code()).isEqualTo("SOURCE_NOT_FOUND"))
                .hasMessageContaining(missing).hasMessageContaining("does not exist");
    }

    @Test
    void aGlobMatchingNothingIsSourceNotFoundNamingThePattern() {
        write("a.csv", "a\n1\n");
        String glob = dir + "/sales_*.csv";
        assertThatThrownBy(() -> list(glob))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.code()).isEqualTo("SOURCE_NOT_FOUND"))
                .hasMessageContaining(glob).hasMessageContaining("matches no file");
    }

    @Test
    void aGlobUnderAMissingDirectoryNamesTheDirectory() {
        String glob = dir + "/absent/*.csv";
        assertThatThrownBy(() -> list(glob))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.code()).isEqualTo("SOURCE_NOT_FOUND"))
                .hasMessageContaining(dir.resolve("absent").toString()).hasMessageContaining("does not exist");
    }

    @Test
    void anEmptyDirectoryIsSourceNotFound() throws IOException {
        Files.createDirectories(dir.resolve("empty/sub"));
        write("empty/.hidden", "x");
        String empty = dir.resolve("empty").toString();
        assertThatThrownBy(() -> list(empty))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.code()).isEqualTo("SOURCE_NOT_FOUND"))
                .hasMessageContaining(empty).hasMessageContaining("holds no files");
    }

    @Test
    void acceptsLocalLocationsOnly() {
        assertThat(storage.accepts(new LocalLocation("x.csv"))).isTrue();
        S3Location s3 = Sources.s3("bucket", "p/");
        assertThat(storage.accepts(s3)).isFalse();
        assertThatThrownBy(() -> storage.list(s3)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("s3://bucket/p/");
    }
}
