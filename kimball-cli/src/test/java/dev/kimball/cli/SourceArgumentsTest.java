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
    void existingFilesAndGlobsBecomeCsvSources() throws Exception {
        Path file = Files.writeString(tmp.resolve("a.csv"), "x\n1\n");
        var sources = SourceArguments.resolve(List.of(file.toString(), tmp + "/*.csv", tmp.toString()));
        assertThat(sources).hasSize(3).allMatch(s -> s instanceof CsvSource);
        assertThat(((CsvSource) sources.get(1)).location().describe()).isEqualTo(tmp + "/*.csv");
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
