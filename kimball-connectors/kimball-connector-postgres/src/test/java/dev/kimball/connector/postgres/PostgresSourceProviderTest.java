package dev.kimball.connector.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kimball.api.ConfigurationException;
import dev.kimball.api.Sources;
import dev.kimball.spi.SourceProvider;
import java.time.Duration;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** What needs no server: discovery, acceptance, options. */
class PostgresSourceProviderTest {

    @Test
    void isFoundThroughServiceLoader() {
        assertThat(ServiceLoader.load(SourceProvider.class).stream().map(p -> p.get().name())).contains("postgres");
    }

    @Test
    void acceptsOnlyPostgresSources() {
        PostgresSourceProvider p = new PostgresSourceProvider();
        assertThat(p.accepts(Sources.postgres("jdbc:postgresql://h/db"))).isTrue();
        assertThat(p.accepts(Sources.csv("x.csv"))).isFalse();
        assertThatThrownBy(() -> p.units(Sources.csv("x.csv"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PostgresSource");
    }

    @Test
    void endpointComesFromTheDriversParsing() {
        assertThat(PgEndpoint.of("jdbc:postgresql://db.example:6543/sales?user=x").display()).isEqualTo("db.example:6543/sales");
        assertThat(PgEndpoint.of("jdbc:postgresql://a:1,b:2/sales").address()).isEqualTo("a:1,b:2");
        assertThat(PgEndpoint.of("jdbc:postgresql:sales").display()).isEqualTo("localhost:5432/sales");
    }

    @Test
    void badOptionsAreNamed() {
        assertThatThrownBy(() -> new PostgresReadOptions(ReadMode.COPY, 0, 4, 100, Duration.ZERO))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("splitRows must be at least 1, got 0");
        assertThatThrownBy(() -> new PostgresReadOptions(ReadMode.COPY, 10, 0, 100, Duration.ZERO))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("maxRanges");
        System.setProperty("kimball.postgres.readMode", "binary");
        try {
            assertThatThrownBy(PostgresReadOptions::defaults).isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("kimball.postgres.readMode must be copy or cursor, got binary");
        } finally {
            System.clearProperty("kimball.postgres.readMode");
        }
    }

    @Test
    void systemPropertiesSetTheDefaults() {
        System.setProperty("kimball.postgres.splitRows", "250_000");
        System.setProperty("kimball.postgres.readMode", "cursor");
        try {
            PostgresReadOptions o = PostgresReadOptions.defaults();
            assertThat(o.splitRows()).isEqualTo(250_000);
            assertThat(o.mode()).isEqualTo(ReadMode.CURSOR);
            assertThat(o.maxRanges()).isEqualTo(16);
        } finally {
            System.clearProperty("kimball.postgres.splitRows");
            System.clearProperty("kimball.postgres.readMode");
        }
    }
}
