package dev.kimball.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MessyFormatsTest {
    private static final LocalDate D = LocalDate.of(2024, 3, 5);

    @Test
    void datesInEveryStyle() {
        assertThat(MessyFormats.iso(D)).isEqualTo("2024-03-05");
        assertThat(MessyFormats.us(D)).isEqualTo("03/05/2024");
        assertThat(MessyFormats.uk(D)).isEqualTo("05/03/2024");
        assertThat(MessyFormats.dotted(D)).isEqualTo("05.03.2024");
        assertThat(MessyFormats.shortMonth(D)).isEqualTo("Mar 5, 2024");
        assertThat(MessyFormats.longMonth(D)).isEqualTo("March 5, 2024");
        assertThat(MessyFormats.isoTimestamp(D.atTime(9, 7, 0))).isEqualTo("2024-03-05 09:07:00");
    }

    @Test
    void moneyAndPercentages() {
        assertThat(MessyFormats.usd(2_549_900)).isEqualTo("$25,499.00");
        assertThat(MessyFormats.usd(5)).isEqualTo("$0.05");
        assertThat(MessyFormats.usdWhole(32_990)).isEqualTo("$32,990");
        assertThat(MessyFormats.accounting(-50_000)).isEqualTo("(500.00)");
        assertThat(MessyFormats.accounting(123_456_789)).isEqualTo("1,234,567.89");
        assertThat(MessyFormats.eur(123_450)).isEqualTo("€ 1.234,50");
        assertThat(MessyFormats.eur(99)).isEqualTo("€ 0,99");
        assertThat(MessyFormats.decimalComma(12_345_678)).isEqualTo("123456,78");
        assertThat(MessyFormats.percentTenths(55)).isEqualTo("5.5%");
        assertThat(MessyFormats.percentTenths(40)).isEqualTo("4%");
        assertThat(MessyFormats.percentHundredths(499)).isEqualTo("4.99%");
        assertThat(MessyFormats.padded(42, 6)).isEqualTo("000042");
        assertThat(MessyFormats.grouped(100, ',')).isEqualTo("100");
        assertThat(MessyFormats.grouped(1_000_000, '.')).isEqualTo("1.000.000");
    }
}
