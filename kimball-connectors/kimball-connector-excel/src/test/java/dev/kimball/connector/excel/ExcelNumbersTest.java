package dev.kimball.connector.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExcelNumbersTest {
    @ParameterizedTest
    @CsvSource({
        "0, 0", "-0.0, 0", "1, 1", "-1, -1", "10000000, 10000000", "1.0E15, 1000000000000000",
        "9007199254740991, 9007199254740991", "9007199254740992, 9007199254740992",
        "1.0E20, 100000000000000000000", "12345678901234567890, 12345678901234567000",
        "0.1, 0.1", "0.30000000000000004, 0.3", "0.1234567890123456789, 0.123456789012346", "1.5E-10, 0.00000000015",
        "-1234.5, -1234.5", "3.14159265358979, 3.14159265358979", "100.25, 100.25",
    })
    void plainDecimals(double value, String expected) {
        assertThat(ExcelNumbers.plain(value)).isEqualTo(expected);
    }

    @Test
    void theLargestDoubleIsPlainToo() {
        assertThat(ExcelNumbers.plain(Double.MAX_VALUE)).isEqualTo("17976931348623157" + "0".repeat(292));
    }

    /** Every value Excel can hold (15 significant digits) reads back as the decimal that was typed. */
    @Test
    void fifteenDigitValuesRoundTripExactly() {
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            long digits = (long) (random.nextDouble() * 1e15);
            int scale = random.nextInt(20) - 5;
            java.math.BigDecimal typed = java.math.BigDecimal.valueOf(digits, scale);
            String got = ExcelNumbers.plain(typed.doubleValue());
            assertThat(new java.math.BigDecimal(got).compareTo(typed)).as("%s read as %s", typed, got).isZero();
            assertThat(got).doesNotContain("E").doesNotContain("e");
        }
    }

    @Test
    void integersBeyondDoublePrecisionReadBackAsTheSameDouble() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            double d = Math.rint(random.nextDouble() * 1e22);
            String got = ExcelNumbers.plain(d);
            assertThat(Double.parseDouble(got)).as(got).isEqualTo(d);
            assertThat(got).doesNotContain(".");
        }
    }
}
