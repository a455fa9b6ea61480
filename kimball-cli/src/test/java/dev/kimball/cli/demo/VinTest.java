package dev.kimball.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class VinTest {
    @Test
    void checkDigitMatchesPublishedExample() {
        // the worked example of the North-American check digit (49 CFR 565): 1M8GDM9A_KP042788 -> X
        assertThat(Vin.checkDigit("1M8GDM9AXKP042788".toCharArray())).isEqualTo('X');
        assertThat(Vin.checkDigit("11111111111111111".toCharArray())).isEqualTo('1');
    }

    @Test
    void generatedVinsEncodeYearAndSerial() {
        String vin = Vin.of("1HG", 2024, 123_456, new Random(1));
        assertThat(vin).hasSize(17).startsWith("1HG").endsWith("123456");
        assertThat(vin.charAt(9)).isEqualTo('R');
        assertThat(vin.charAt(8)).isEqualTo(Vin.checkDigit(vin.toCharArray()));
    }
}
