package dev.kimball.connector.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValueFormTest {

    @Test
    void booleans() {
        assertThat(ValueForm.BOOLEAN.render("t")).isEqualTo("true");
        assertThat(ValueForm.BOOLEAN.render("f")).isEqualTo("false");
    }

    @Test
    void bcYearsBecomeAstronomicalYears() {
        assertThat(ValueForm.DATE.render("0001-01-01 BC")).isEqualTo("0000-01-01");
        assertThat(ValueForm.DATE.render("0044-03-15 BC")).isEqualTo("-0043-03-15");
        assertThat(ValueForm.DATE.render("4713-11-24 BC")).isEqualTo("-4712-11-24");
        assertThat(ValueForm.DATE.render("0001-01-01")).isEqualTo("0001-01-01");
        assertThat(ValueForm.DATE.render("infinity")).isEqualTo("infinity");
    }

    @Test
    void timestampsGetTheT() {
        assertThat(ValueForm.TIMESTAMP.render("1969-12-31 23:59:59.999999")).isEqualTo("1969-12-31T23:59:59.999999");
        assertThat(ValueForm.TIMESTAMP.render("0044-03-15 12:00:00 BC")).isEqualTo("-0043-03-15T12:00:00");
        assertThat(ValueForm.TIMESTAMP.render("294276-12-31 23:59:59")).isEqualTo("294276-12-31T23:59:59");
        assertThat(ValueForm.TIMESTAMP.render("-infinity")).isEqualTo("-infinity");
    }

    @Test
    void utcTimestampsEndInZ() {
        assertThat(ValueForm.TIMESTAMPTZ.render("2024-01-02 03:04:05.5+00")).isEqualTo("2024-01-02T03:04:05.5Z");
        assertThat(ValueForm.TIMESTAMPTZ.render("0044-03-15 10:00:00+00 BC")).isEqualTo("-0043-03-15T10:00:00Z");
        assertThat(ValueForm.TIMESTAMPTZ.render("infinity")).isEqualTo("infinity");
        // never happens in a UTC session, but an offset must then stay an offset
        assertThat(ValueForm.TIMESTAMPTZ.render("2024-01-02 03:04:05+05")).isEqualTo("2024-01-02T03:04:05+05:00");
    }

    @Test
    void timeOffsetsGetMinutes() {
        assertThat(ValueForm.TIMETZ.render("12:00:00+05")).isEqualTo("12:00:00+05:00");
        assertThat(ValueForm.TIMETZ.render("12:00:00.25-08")).isEqualTo("12:00:00.25-08:00");
        assertThat(ValueForm.TIMETZ.render("12:00:00+05:30")).isEqualTo("12:00:00+05:30");
        assertThat(ValueForm.TIMETZ.render("12:00:00+05:30:15")).isEqualTo("12:00:00+05:30:15");
    }
}
