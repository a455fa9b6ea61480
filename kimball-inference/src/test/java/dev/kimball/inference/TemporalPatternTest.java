package dev.kimball.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TemporalPatternTest {
    @Test
    void fieldsOptionalSectionsAndCalendar() {
        assertThat(TemporalPattern.compile("dd/MM/yyyy").matches("31/12/2024")).isTrue();
        assertThat(TemporalPattern.compile("dd/MM/yyyy").matches("31/04/2024")).isFalse();
        assertThat(TemporalPattern.compile("yyyy-MM-dd").matches("2023-02-29")).isFalse();
        assertThat(TemporalPattern.compile("yyyy-MM-dd").matches("2024-02-29")).isTrue();
        assertThat(TemporalPattern.compile("d/M/yy").matches("1/2/24")).isTrue();
        assertThat(TemporalPattern.compile("yyyy-MM-dd[ HH:mm:ss]").matches("2024-01-01")).isTrue();
        assertThat(TemporalPattern.compile("yyyy-MM-dd[ HH:mm:ss]").matches("2024-01-01 25:00:00")).isFalse();
        assertThat(TemporalPattern.compile("yyyy-MM-dd'T'HH:mm:ss[.SSS]XXX").matches("2024-01-01T10:00:00.5Z")).isTrue();
        assertThat(TemporalPattern.compile("yyyy-MM-dd'T'HH:mm:ss[.SSS]XXX").matches("2024-01-01T10:00:00+02:00")).isTrue();
        assertThat(TemporalPattern.compile("EEE, dd MMM yyyy HH:mm:ss z").matches("Sun, 26 Oct 2025 10:00:00 GMT")).isTrue();
        assertThat(TemporalPattern.compile("MMMM d, yyyy").matches("May 5, 2024")).isTrue();
        assertThat(TemporalPattern.compile("h:mm a").matches("12:30 PM")).isTrue();
        assertThat(TemporalPattern.compile("h:mm a").matches("13:30 PM")).isFalse();
        assertThat(TemporalPattern.compile("yyyyMMdd").matches("20241301")).isFalse();
    }

    @Test
    void unsupportedPatternsNameThemselves() {
        assertThatThrownBy(() -> TemporalPattern.compile("yyyy-QQ")).hasMessageContaining("'Q'").hasMessageContaining("yyyy-QQ");
        assertThatThrownBy(() -> TemporalPattern.compile("yyyy[-MM")).hasMessageContaining("unclosed '['");
    }
}
