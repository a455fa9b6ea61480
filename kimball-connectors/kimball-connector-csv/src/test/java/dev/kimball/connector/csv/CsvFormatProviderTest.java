package dev.kimball.connector.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kimball.api.FilesSource;
import dev.kimball.api.LocalLocation;
import dev.kimball.api.Source;
import dev.kimball.api.Sources;
import dev.kimball.spi.FormatProvider;
import dev.kimball.spi.RecordReader;
import dev.kimball.spi.SourceUnit;
import dev.kimball.spi.StoredFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFormatProviderTest {
    @TempDir
    Path dir;

    private final CsvFormatProvider csv = new CsvFormatProvider();

    @Test
    void aFileIsOneUnitNamedLikeTheStoredFileWithItsSizeAndTableHint() throws Exception {
        Path f = TestingCsv.write(dir, "daily_sales.csv", "a,b\n1,2\n");
        List<SourceUnit> units = csv.units(StoredFile.local(f), Sources.csv(f));
        assertThat(units).hasSize(1);
        SourceUnit u = units.get(0);
        assertThat(u.name()).isEqualTo(f.toAbsolutePath().toString());
        assertThat(u.tableHint()).isEqualTo("daily_sales");
        assertThat(u.sizeBytes()).isEqualTo(Files.size(f)).isEqualTo(8);
    }

    @Test
    void tableHintDropsTheExtensionsOnly() {
        assertThat(CsvFormatProvider.tableHint("v1.2.csv")).isEqualTo("v1.2");
        assertThat(CsvFormatProvider.tableHint("sales.csv.gz")).isEqualTo("sales");
        assertThat(CsvFormatProvider.tableHint("README")).isEqualTo("README");
        assertThat(CsvFormatProvider.tableHint(".gz")).isEqualTo(".gz");
    }

    @Test
    void aFileOfAnAnyFormatSourceIsReadWithEveryOptionDetected() {
        Path f = TestingCsv.write(dir, "semi.csv", "id;name\n1;Ann\n2;Bob\n");
        List<SourceUnit> units = csv.units(StoredFile.local(f), new FilesSource(new LocalLocation(dir.toString())));
        try (RecordReader r = units.get(0).open()) {
            assertThat(r.header()).containsExactly("id", "name");
            assertThat(r.next().values()).containsExactly("1", "Ann");
            assertThat(r.dialect()).startsWith("delimiter=';'");
        }
    }

    @Test
    void explicitOptionsOfTheSourceApply() {
        Path f = TestingCsv.write(dir, "nh.csv", "1,Ann\n2,Bob\n");
        List<SourceUnit> units = csv.units(StoredFile.local(f), Sources.csv(f).header(false));
        try (RecordReader r = units.get(0).open()) {
            assertThat(r.header()).containsExactly("column_1", "column_2");
            assertThat(r.next().values()).containsExactly("1", "Ann");
        }
    }

    @Test
    void theFormatIsRegisteredForServiceLoaderAndAcceptsCsvSourcesOnly() {
        FormatProvider p = ServiceLoader.load(FormatProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(x -> x.name().equals("csv")).findFirst().orElseThrow();
        assertThat(p).isInstanceOf(CsvFormatProvider.class);
        assertThat(p.extensions()).containsExactlyInAnyOrder("csv", "tsv", "txt", "psv", "tab", "dat");
        assertThat(p.accepts(Sources.csv("x.csv"))).isTrue();
        assertThat(p.accepts(Sources.csv(Sources.s3("b", "k/")))).isTrue();
        assertThat(p.accepts(Sources.parquet(Path.of("x.parquet")))).isFalse();
        assertThat(p.accepts(Sources.files("x/*"))).isFalse();
        Source other = () -> "other:thing";
        assertThat(p.accepts(other)).isFalse();
    }
}
