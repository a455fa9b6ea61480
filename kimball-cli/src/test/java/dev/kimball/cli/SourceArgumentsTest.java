package dev.kimball.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kimball.api.CsvSource;
import dev.kimball.api.SourceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceArgumentsTest {
    @TempDir
    Path tmp;

    @Test
    void csvFilesAndGlobsBecomeCsvSourcesOtherwiseTheFormatFollowsTheExtension() throws Exception {
        Path file = Files.writeString(tmp.resolve("a.csv"), "x\n1\n");
        Path parquet = Files.writeString(tmp.resolve("b.parquet"), "not really");
        var sources = SourceArguments.resolve(List.of(file.toString(), tmp + "/*.csv", tmp.toString(), parquet.toString(), tmp + "/*"));
        assertThat(sources).hasSize(5);
        assertThat(sources.subList(0, 2)).allMatch(s -> s instanceof CsvSource);
        assertThat(((CsvSource) sources.get(1)).location().describe()).isEqualTo(tmp + "/*.csv");
        assertThat(sources.subList(2, 5)).allMatch(s -> s instanceof dev.kimball.api.FilesSource);
    }

    @Test
    void s3AndPostgresUrisBecomeTheirSources() {
        var sources = SourceArguments.resolve(List.of("s3://bucket/exports/2024/", "jdbc:postgresql://db:5432/shop?user=etl"),
                "sales", List.of("orders", "customers"), "updated_at");
        var s3 = (dev.kimball.api.FilesSource) sources.get(0);
        assertThat(s3.location()).isInstanceOf(dev.kimball.api.S3Location.class);
        assertThat(((dev.kimball.api.S3Location) s3.location()).bucket()).isEqualTo("bucket");
        assertThat(((dev.kimball.api.S3Location) s3.location()).prefix()).isEqualTo("exports/2024/");
        var pg = (dev.kimball.api.PostgresSource) sources.get(1);
        assertThat(pg.schema()).isEqualTo("sales");
        assertThat(pg.tables()).containsExactly("orders", "customers");
        assertThat(pg.cursorColumn()).contains("updated_at");
    }

    @Test
    void aPasswordInAPostgresUrlIsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> SourceArguments.resolve(List.of("jdbc:postgresql://db/shop?user=etl&password=hunter2")))
                .hasMessageNotContaining("hunter2").hasMessageContaining("PGPASSWORD");
    }

    @Test
    void aMissingPathIsNamed() {
        assertThatThrownBy(() -> SourceArguments.resolve(List.of("no/such/file.csv")))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("no/such/file.csv")
                .satisfies(e -> assertThat(((SourceException) e).code()).isEqualTo("SOURCE_NOT_FOUND"));
    }

    @Test
    void globCharactersAreRecognised() {
        assertThat(SourceArguments.isGlob("data/*.csv")).isTrue();
        assertThat(SourceArguments.isGlob("data/sales_?.csv")).isTrue();
        assertThat(SourceArguments.isGlob("data/{a,b}.csv")).isTrue();
        assertThat(SourceArguments.isGlob("data/sales.csv")).isFalse();
    }
}
