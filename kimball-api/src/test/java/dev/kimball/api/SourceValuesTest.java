package dev.kimball.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Equality of source values with secrets (by reference, never by value) and the registry's result values. */
class SourceValuesTest {
    @Test
    void postgresSourcesAreEqualWhenEveryOptionAndSecretReferenceIs() {
        PostgresSource a = Sources.postgres("jdbc:postgresql://db/shop").user("etl").password(Secret.env("PG")).tables("t")
                .cursorColumn("updated_at");
        PostgresSource b = Sources.postgres("jdbc:postgresql://db/shop").user("etl").password(Secret.env("PG")).tables("t")
                .cursorColumn("updated_at");
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.toString()).contains("cursorColumn=updated_at", "password=env:PG");
        assertThat(a).isNotEqualTo(b.password(Secret.file(Path.of("/run/pg"))));
        assertThat(a).isNotEqualTo(b.cursorColumn("id"));
        Secret literal = Secret.of("same-value");
        assertThat(a.password(literal)).isEqualTo(a.password(literal));
        assertThat(a.password(Secret.of("same-value"))).as("literals never compared by value").isNotEqualTo(a.password(literal));
    }

    @Test
    void s3LocationsCompareBothCredentialReferences() {
        S3Location base = Sources.s3("b", "p/");
        assertThat(base.credentials(Secret.env("A"), Secret.env("S"))).isEqualTo(base.credentials(Secret.env("A"), Secret.env("S")));
        assertThat(base.credentials(Secret.env("A"), Secret.env("S"))).isNotEqualTo(base.credentials(Secret.env("A"), Secret.env("T")));
    }

    @Test
    void aCheckIsOkExactlyWhenItsCodeIsOk() {
        assertThat(new SourceCheck("s", true, SourceCheck.OK, "1 file", Duration.ZERO).ok()).isTrue();
        assertThatThrownBy(() -> new SourceCheck("s", true, "SOURCE_NOT_FOUND", "x", Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
