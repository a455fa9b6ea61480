package dev.kimball.connector.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeyRangeTest {

    @Test
    void everyKeyFallsInExactlyOneRange() {
        Random random = new Random(7);
        for (int trial = 0; trial < 2_000; trial++) {
            long min = random.nextInt(2_000) - 1_000;
            long max = min + random.nextInt(300);
            int n = 1 + random.nextInt(20);
            List<KeyRange> ranges = KeyRange.split(min, max, n);
            assertThat(ranges.size()).isEqualTo((int) Math.min(n, max - min + 1));
            assertThat(ranges.get(0).lower()).isNull();
            assertThat(ranges.get(ranges.size() - 1).upper()).isNull();
            for (long key = min - 5; key <= max + 5; key++) {
                int hits = 0;
                for (KeyRange r : ranges) {
                    if ((r.lower() == null || key >= r.lower()) && (r.upper() == null || key < r.upper())) {
                        hits++;
                    }
                }
                assertThat(hits).as("key %d in [%d,%d] split %d", key, min, max, n).isEqualTo(1);
            }
            for (int i = 1; i < ranges.size(); i++) {
                assertThat(ranges.get(i).lower()).isEqualTo(ranges.get(i - 1).upper());
                if (i < ranges.size() - 1) {
                    assertThat(ranges.get(i).upper()).isGreaterThan(ranges.get(i).lower());
                }
            }
        }
    }

    @Test
    void rangesHaveNearlyEqualWidth() {
        List<KeyRange> r = KeyRange.split(1, 2_000_000, 4);
        assertThat(r).extracting(KeyRange::upper).containsExactly(500_001L, 1_000_001L, 1_500_001L, null);
    }

    @Test
    void theWholeInt8SpanSplitsWithoutOverflow() {
        List<KeyRange> r = KeyRange.split(Long.MIN_VALUE, Long.MAX_VALUE, 4);
        assertThat(r).extracting(KeyRange::upper).containsExactly(-4611686018427387904L, 0L, 4611686018427387904L, null);
    }

    @Test
    void oneKeyGivesOneUnboundedRange() {
        assertThat(KeyRange.split(5, 5, 8)).containsExactly(new KeyRange(null, null));
        assertThat(new KeyRange(null, null).condition("\"id\"")).isEmpty();
    }

    @Test
    void conditionsAreHalfOpen() {
        assertThat(new KeyRange(null, -3L).condition("\"id\"")).isEqualTo("\"id\" < -3");
        assertThat(new KeyRange(-3L, 10L).condition("\"id\"")).isEqualTo("\"id\" >= -3 AND \"id\" < 10");
        assertThat(new KeyRange(10L, null).condition("\"id\"")).isEqualTo("\"id\" >= 10");
    }

    @Test
    void badArgumentsAreRefused() {
        assertThatThrownBy(() -> KeyRange.split(2, 1, 3)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[2, 1]");
        assertThatThrownBy(() -> KeyRange.split(1, 2, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
