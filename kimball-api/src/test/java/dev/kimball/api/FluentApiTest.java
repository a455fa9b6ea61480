package dev.kimball.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The fluent stages: immutable, validated at the call that receives a bad value, and runnable as plain values. */
class FluentApiTest {
    private final AtomicReference<LoadRequest> ran = new AtomicReference<>();

    private Acquire acquire(Source... sources) {
        return new Acquire(r -> {
            ran.set(r);
            return new LoadReport(List.of(), Duration.ZERO);
        }, java.util.Arrays.asList(sources));
    }

    @Test
    void optionsReturnNewStagesAndLeaveTheOriginalUnchanged() {
        BronzeLoad base = acquire(Sources.csv("a.csv")).toBronze();
        BronzeLoad tuned = base.batchSize(500).parallelism(2).append();
        assertThat(base.request().batchSize()).isEqualTo(LoadRequest.DEFAULT_BATCH_SIZE);
        assertThat(base.request().mode()).isEqualTo(LoadMode.REPLACE);
        assertThat(tuned.request().batchSize()).isEqualTo(500);
        assertThat(tuned.request().parallelism()).isEqualTo(2);
        assertThat(tuned.request().mode()).isEqualTo(LoadMode.APPEND);
        tuned.run();
        assertThat(ran.get()).isEqualTo(tuned.request());
    }

    @Test
    void badValuesFailAtTheCallNamingTheValue() {
        BronzeLoad load = acquire(Sources.csv("a.csv")).toBronze();
        assertThatThrownBy(() -> load.batchSize(0)).isInstanceOf(ConfigurationException.class).hasMessageContaining("got 0");
        assertThatThrownBy(() -> load.parallelism(-3)).isInstanceOf(ConfigurationException.class).hasMessageContaining("got -3");
        assertThatThrownBy(() -> acquire(Sources.csv("a.csv")).toBronze(" ")).isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> Sources.csv("")).isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> Sources.csv("a.csv").skipLines(-1)).hasMessageContaining("got -1");
        assertThatThrownBy(() -> Sources.csv("a.csv").delimiter('\n')).isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> acquire()).isInstanceOf(ConfigurationException.class).hasMessageContaining("at least one source");
        assertThatThrownBy(() -> acquire(Sources.csv("a.csv"), null)).hasMessageContaining("source #2 is null");
    }

    @Test
    void csvSourcesAreValuesWithReadableToString() {
        CsvSource s = Sources.csv("x/*.csv").delimiter('\t').quote(CsvSource.NO_QUOTE).header(false);
        assertThat(s).isEqualTo(Sources.csv("x/*.csv").delimiter('\t').quote(CsvSource.NO_QUOTE).header(false));
        assertThat(s.toString()).contains("delimiter=\\t").contains("quote=none").contains("header=false");
        assertThat(s.delimiter()).hasValue('\t');
        assertThat(Sources.csv("y.csv").delimiter()).isEmpty();
    }

    @Test
    void reportsReconcileOrRefuseToExist() {
        assertThatThrownBy(() -> new TableLoadReport(TableRef.bronze("t"), List.of("f"), "l", 10, 7, 2, 0, Duration.ZERO, "UTF-8", "",
                0, List.of())).isInstanceOf(IllegalStateException.class).hasMessageContaining("read 10 != loaded 7 + rejected 2");
    }

    @Test
    void secretsNeverShowTheirValue() {
        Secret s = Secret.of("hunter2-very-secret");
        assertThat(s.toString()).doesNotContain("hunter2").isEqualTo("******");
        assertThat(s.reveal()).isEqualTo("hunter2-very-secret");
        assertThat(Secret.env("PGPASSWORD").toString()).isEqualTo("env:PGPASSWORD");
        assertThat(Secret.reference("env:X").reference()).hasValue("env:X");
        assertThatThrownBy(() -> Secret.reference("hunter2")).hasMessageNotContaining("hunter2");
    }

    @Test
    void progressComputesRateFractionAndEta() {
        Progress p = new Progress("f", 1_000, 0, 250, 1_000, Duration.ofSeconds(1), false);
        assertThat(p.rowsPerSecond()).isEqualTo(1_000.0);
        assertThat(p.fraction()).hasValue(0.25);
        assertThat(p.eta()).hasValue(Duration.ofSeconds(3));
        assertThat(new Progress("f", 1, 0, 1, -1, Duration.ofSeconds(1), false).eta()).isEmpty();
    }
}
