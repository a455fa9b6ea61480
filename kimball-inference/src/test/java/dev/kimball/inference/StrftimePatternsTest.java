package dev.kimball.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StrftimePatternsTest {
    @Test
    void translatesAndExpandsOptionalSections() {
        assertThat(StrftimePatterns.of("dd/MM/yyyy")).containsExactly("%d/%m/%Y");
        assertThat(StrftimePatterns.of("d/M/yy")).containsExactly("%-d/%-m/%y");
        assertThat(StrftimePatterns.of("yyyy-MM-dd[ HH:mm:ss]")).containsExactly("%Y-%m-%d %H:%M:%S", "%Y-%m-%d");
        assertThat(StrftimePatterns.of("yyyy-MM-dd'T'HH:mm:ss[.SSS]XXX"))
                .containsExactly("%Y-%m-%dT%H:%M:%S.%g%z", "%Y-%m-%dT%H:%M:%S%z");
        assertThat(StrftimePatterns.of("EEE, dd MMM yyyy HH:mm:ss z")).containsExactly("%a, %d %b %Y %H:%M:%S %Z");
        assertThat(StrftimePatterns.of("MMMM d, yyyy")).containsExactly("%B %-d, %Y");
        assertThat(StrftimePatterns.of("h:mm a")).containsExactly("%-I:%M %p");
        assertThat(StrftimePatterns.of("yyyy-MM-dd[ HH:mm[:ss]]")).containsExactly("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d");
    }

    @Test
    void rejectsWhatStrptimeCannotSay() {
        assertThatThrownBy(() -> StrftimePatterns.of("yyyy-QQ")).hasMessageContaining("'Q'");
        assertThatThrownBy(() -> StrftimePatterns.of("yyyy[-MM")).hasMessageContaining("unclosed");
    }
}
