package dev.kimball.core.bronze;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamePatternTest {
    @Test
    void numbersAndDatesBecomeOneWildcard() {
        assertThat(NamePattern.key("sales_2024-01-01")).isEqualTo("sales_#");
        assertThat(NamePattern.key("sales_20240101")).isEqualTo("sales_#");
        assertThat(NamePattern.key("sales_2024.01.01")).isEqualTo("sales_#");
        assertThat(NamePattern.key("part-00001")).isEqualTo("part-#");
        assertThat(NamePattern.key("export_3_of_12")).isEqualTo("export_#_of_#");
        assertThat(NamePattern.key("customers")).isEqualTo("customers");
        assertThat(NamePattern.hasNumber("customers")).isFalse();
        assertThat(NamePattern.hasNumber("q4-report")).isTrue();
    }

    @Test
    void theTableBaseDropsTheNumbers() {
        assertThat(BronzeNaming.table(NamePattern.tableBase("sales_#"))).isEqualTo("sales");
        assertThat(BronzeNaming.table(NamePattern.tableBase("part-#"))).isEqualTo("part");
        assertThat(BronzeNaming.table(NamePattern.tableBase("#"))).isEqualTo("table");
    }
}
