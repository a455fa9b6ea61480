package dev.kimball.connector.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kimball.api.ConfigurationException;
import dev.kimball.api.Secret;
import dev.kimball.api.Sources;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class S3SettingsTest {
    @Test
    void aCustomEndpointFromTheEnvironmentMeansPathStyleAndItsRegion() {
        Map<String, String> env = Map.of("AWS_ENDPOINT_URL", "http://minio.local:9000", "AWS_REGION", "eu-west-3");
        S3Settings s = S3Settings.of(Sources.s3("bucket", "p/"), env::get);
        assertThat(s.endpoint()).contains(URI.create("http://minio.local:9000"));
        assertThat(s.pathStyle()).isTrue();
        assertThat(s.region()).isEqualTo("eu-west-3");
        assertThat(s.explicitCredentials()).isFalse();
    }

    @Test
    void theServiceSpecificEndpointWinsAndTheLocationWinsOverBoth() {
        Map<String, String> env = Map.of("AWS_ENDPOINT_URL", "http://general:1", "AWS_ENDPOINT_URL_S3", "http://s3only:2");
        assertThat(S3Settings.of(Sources.s3("bucket", ""), env::get).endpoint()).contains(URI.create("http://s3only:2"));
        S3Settings own = S3Settings.of(Sources.s3("bucket", "").endpoint(URI.create("https://own:3")).pathStyle(false), env::get);
        assertThat(own.endpoint()).contains(URI.create("https://own:3"));
        assertThat(own.pathStyle()).isFalse();
    }

    @Test
    void awsItselfUsesVirtualHostsAndAFallbackRegion() {
        S3Settings s = S3Settings.of(Sources.s3("bucket", ""), k -> null);
        assertThat(s.endpoint()).isEmpty();
        assertThat(s.pathStyle()).isFalse();
        assertThat(s.region()).isNotBlank();
        assertThat(s.describeEndpoint()).startsWith("AWS S3 (region ");
        assertThat(S3Settings.of(Sources.s3("bucket", ""), Map.of("AWS_DEFAULT_REGION", "ap-south-1")::get).region()).isEqualTo("ap-south-1");
    }

    @Test
    void aMalformedEndpointIsAConfigurationErrorWithoutItsUserInfo() {
        assertThatThrownBy(() -> S3Settings.of(Sources.s3("bucket", "").endpoint(URI.create("ftp://user:pw@host/x")), k -> null))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.code()).isEqualTo("S3_ENDPOINT"))
                .hasMessageContaining("ftp://host").hasMessageNotContaining("pw");
    }

    @Test
    void explicitCredentialsAreUsedButNeverShown() {
        S3Settings s = S3Settings.of(Sources.s3("bucket", "").credentials(Secret.of("AKIDEXAMPLE"), Secret.of("wJalrXUtnFEMI-secret")), k -> null);
        assertThat(s.explicitCredentials()).isTrue();
        assertThat(s.secretKey()).isEqualTo("wJalrXUtnFEMI-secret");
        assertThat(s.toString()).doesNotContain("wJalrXUtnFEMI-secret").doesNotContain("AKIDEXAMPLE");
        assertThat(s.describeCredentials()).doesNotContain("wJalrXUtnFEMI-secret");
        assertThat(S3Errors.mask("echo wJalrXUtnFEMI-secret and AKIDEXAMPLE", s)).isEqualTo("echo ****** and ******");
    }

    @Test
    void credentialReferencesResolveFromTheEnvironmentWhenUsed() {
        assertThatThrownBy(() -> S3Settings.of(Sources.s3("bucket", "").credentials(Secret.env("KIMBALL_NO_SUCH_VAR_1"),
                Secret.env("KIMBALL_NO_SUCH_VAR_2")), k -> null))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.code()).isEqualTo("SECRET_MISSING"))
                .hasMessageContaining("KIMBALL_NO_SUCH_VAR_1");
    }
}
