package dev.kimball.connector.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kimball.api.Source;
import dev.kimball.api.SourceException;
import dev.kimball.api.Sources;
import dev.kimball.spi.SourceProvider;
import dev.kimball.spi.SourceUnit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFileResolverTest {
    @TempDir
    Path dir;

    private List<SourceUnit> units(String location) {
        return new CsvSourceProvider().units(Sources.csv(location));
    }

    private static List<String> names(List<SourceUnit> units) {
        return units.stream().map(u -> Path.of(u.name()).getFileName().toString()).toList();
    }

    @Test
    void aFileIsOneUnitNamedByAbsolutePathWithItsSizeAndTableHint() throws Exception {
        Path f = TestingCsv.write(dir, "daily_sales.csv", "a,b\n1,2\n");
        List<SourceUnit> units = units(f.toString());
        assertThat(units).hasSize(1);
        SourceUnit u = units.get(0);
        assertThat(u.name()).isEqualTo(f.toAbsolutePath().toString());
        assertThat(Path.of(u.name()).isAbsolute()).isTrue();
        assertThat(u.tableHint()).isEqualTo("daily_sales");
        assertThat(u.sizeBytes()).isEqualTo(Files.size(f)).isEqualTo(8);
    }

    @Test
    void aDirectoryYieldsItsDataFilesSortedNotRecursiveNotHidden() {
        for (String n : List.of("b.TSV", "a.csv", "c.txt", "d.psv", "e.tab", "f.dat", "g.json", ".hidden.csv", "sub/x.csv")) {
            TestingCsv.write(dir, n, "a,b\n1,2\n");
        }
        assertThat(names(units(dir.toString()))).containsExactly("a.csv", "b.TSV", "c.txt", "d.psv", "e.tab", "f.dat");
    }

    @Test
    void aGlobMatchesFileNames() {
        for (String n : List.of("data/sales_2.csv", "data/sales_1.csv", "data/other.csv", "data/sales_3.txt")) {
            TestingCsv.write(dir, n, "a,b\n1,2\n");
        }
        assertThat(names(units(dir + "/data/sales_*.csv"))).containsExactly("sales_1.csv", "sales_2.csv");
    }

    @Test
    void aDoubleStarGlobDescendsIncludingTheTopDirectory() {
        for (String n : List.of("d/a.csv", "d/x/b.csv", "d/x/y/c.csv", "d/x/y/c.txt")) {
            TestingCsv.write(dir, n, "a,b\n1,2\n");
        }
        assertThat(names(units(dir + "/d/**/*.csv"))).containsExactly("a.csv", "b.csv", "c.csv");
    }

    @Test
    void aMissingPathIsSourceNotFoundNamingTheLocation() {
        String missing = dir.resolve("nope/sales.csv").toString();
        assertThatThrownBy(() -> units(missing))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.code()).isEqualTo("SOURCE_NOT_FOUND"))
                .hasMessageContaining(missing).hasMessageContaining("does not exist");
    }

    @Test
    void aGlobMatchingNothingIsSourceNotFoundNamingThePattern() {
        TestingCsv.write(dir, "a.csv", "a\n1\n");
        String glob = dir + "/sales_*.csv";
        assertThatThrownBy(() -> units(glob))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.code()).isEqualTo("SOURCE_NOT_FOUND"))
                .hasMessageContaining(glob).hasMessageContaining("matches no file");
    }

    @Test
    void aDirectoryWithoutDataFilesIsSourceNotFound() {
        TestingCsv.write(dir, "notes.json", "{}");
        assertThatThrownBy(() -> units(dir.toString()))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.code()).isEqualTo("SOURCE_NOT_FOUND"))
                .hasMessageContaining(dir.toString()).hasMessageContaining("*.csv");
    }

    @Test
    void tableHintDropsTheExtensionsOnly() {
        assertThat(CsvFileResolver.tableHint(Path.of("/x/v1.2.csv"))).isEqualTo("v1.2");
        assertThat(CsvFileResolver.tableHint(Path.of("/x/sales.csv.gz"))).isEqualTo("sales");
        assertThat(CsvFileResolver.tableHint(Path.of("/x/README"))).isEqualTo("README");
    }

    @Test
    void theProviderIsRegisteredForServiceLoaderAndAcceptsCsvSourcesOnly() {
        SourceProvider csv = ServiceLoader.load(SourceProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals("csv")).findFirst().orElseThrow();
        assertThat(csv).isInstanceOf(CsvSourceProvider.class);
        assertThat(csv.accepts(Sources.csv("x.csv"))).isTrue();
        Source other = () -> "other:thing";
        assertThat(csv.accepts(other)).isFalse();
        assertThatThrownBy(() -> csv.units(other)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("other:thing");
    }
}
