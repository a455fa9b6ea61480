package dev.kimball.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTest {
    @Test
    void etaFromTheByteRateWhenTheTotalIsKnown() {
        SourceProgress s = new SourceProgress("a.csv", "a", 100, 0, 250, 1_000, Duration.ofSeconds(1), false);
        assertThat(s.fraction()).hasValue(0.25);
        assertThat(s.eta()).hasValue(Duration.ofSeconds(3));
        assertThat(s.rowsPerSecond()).isEqualTo(100.0);
    }

    @Test
    void noEtaWithoutATotalButZeroWhenDone() {
        assertThat(new SourceProgress("pg", "t", 5, 0, 50, -1, Duration.ofSeconds(1), false).eta()).isEmpty();
        assertThat(new SourceProgress("pg", "t", 5, 0, 50, -1, Duration.ofSeconds(1), true).eta()).hasValue(Duration.ZERO);
        assertThat(new Progress("pg", 5, 0, 50, -1, Duration.ofSeconds(1), false).fraction()).isEmpty();
    }

    @Test
    void theBreakdownIsCopiedAndTheShortConstructorHasNone() {
        List<SourceProgress> sources = new ArrayList<>(List.of(new SourceProgress("a", "a", 1, 0, 1, 2, Duration.ofSeconds(1), false)));
        Progress p = new Progress("a", 1, 0, 1, 2, Duration.ofSeconds(1), false, sources, 0, 1);
        sources.clear();
        assertThat(p.sources()).hasSize(1);
        assertThat(new Progress("a", 1, 0, 1, 2, Duration.ofSeconds(1), false).sources()).isEmpty();
    }
}
