package dev.kimball.core.warehouse.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kimball.api.ConfigurationException;
import org.junit.jupiter.api.Test;

class ClickHouseUrlTest {
    @Test
    void parsesAllAcceptedForms() {
        ClickHouseUrl u = ClickHouseUrl.parse("jdbc:clickhouse://ch.example:9000/team_a?user=etl&password=p%26ss");
        assertThat(u.host()).isEqualTo("ch.example");
        assertThat(u.port()).isEqualTo(9000);
        assertThat(u.namespace()).isEqualTo("team_a");
        assertThat(u.user()).isEqualTo("etl");
        assertThat(u.passwordSecret().orElseThrow().reveal()).isEqualTo("p&ss");
        assertThat(u.database("bronze")).isEqualTo("team_a_bronze");

        ClickHouseUrl plain = ClickHouseUrl.parse("clickhouse://localhost");
        assertThat(plain.port()).isEqualTo(8123);
        assertThat(plain.namespace()).isEmpty();
        assertThat(plain.user()).isEqualTo("default");
        assertThat(plain.database("gold")).isEqualTo("gold");

        assertThat(ClickHouseUrl.parse("jdbc:ch://[::1]:8124/").endpoint()).isEqualTo("[::1]:8124");
        assertThat(ClickHouseUrl.parse("jdbc:ch://h?ssl=true").port()).isEqualTo(8443);
        assertThat(ClickHouseUrl.accepts("jdbc:duckdb:x.duckdb")).isFalse();
    }

    @Test
    void displayAndToStringNeverShowThePassword() {
        ClickHouseUrl u = ClickHouseUrl.parse("jdbc:clickhouse://h:1/ns?user=etl&password=s3cr3t-value");
        assertThat(u.display()).isEqualTo("jdbc:clickhouse://h:1/ns?user=etl");
        assertThat(u.toString()).doesNotContain("s3cr3t").doesNotContainIgnoringCase("password");
    }

    @Test
    void badUrlsNameTheProblemButNotTheSecret() {
        assertThatThrownBy(() -> ClickHouseUrl.parse("jdbc:clickhouse://h:99999?password=s3cr3t-value"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("99999").hasMessageNotContaining("s3cr3t");
        assertThatThrownBy(() -> ClickHouseUrl.parse("jdbc:clickhouse://h/bad-ns?password=s3cr3t-value"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("bad-ns").hasMessageNotContaining("s3cr3t");
        assertThatThrownBy(() -> ClickHouseUrl.parse("jdbc:clickhouse://h?pasword=s3cr3t-value"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("pasword").hasMessageNotContaining("s3cr3t");
        assertThatThrownBy(() -> ClickHouseUrl.parse("jdbc:clickhouse://:8123"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("no host");
    }

    @Test
    void errorsScrubAPasswordThatAMessageEchoed() {
        ClickHouseErrors errors = new ClickHouseErrors(ClickHouseUrl.parse("jdbc:clickhouse://h:1?password=s3cr3t-value"));
        var e = errors.translate(new RuntimeException("server said s3cr3t-value"), "SELECT 's3cr3t-value'");
        assertThat(e.getMessage()).doesNotContain("s3cr3t-value").contains("******").contains("h:1");
    }
}
