package dev.kimball.connector.s3;

import dev.kimball.api.ConfigurationException;
import dev.kimball.api.S3Location;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.providers.AwsProfileRegionProvider;

/**
 * How to reach the bucket of an {@link S3Location}: the location's own options, else the AWS conventions
 * ({@code AWS_ENDPOINT_URL_S3}, {@code AWS_ENDPOINT_URL}, {@code AWS_REGION}, {@code AWS_DEFAULT_REGION}, the profile
 * file; Java system properties {@code aws.endpointUrlS3}, {@code aws.endpointUrl}, {@code aws.region} first). Holds the
 * revealed credentials for the client only: {@link #toString()} and {@link #describeEndpoint()} never show them.
 */
final class S3Settings {
    static final String DEFAULT_REGION = "us-east-1";

    private final URI endpoint;
    private final String region;
    private final boolean pathStyle;
    private final String accessKeyId;
    private final String secretKey;

    private S3Settings(URI endpoint, String region, boolean pathStyle, String accessKeyId, String secretKey) {
        this.endpoint = endpoint;
        this.region = region;
        this.pathStyle = pathStyle;
        this.accessKeyId = accessKeyId;
        this.secretKey = secretKey;
    }

    /**
     * @param env environment lookup ({@code System::getenv} outside tests)
     * @throws ConfigurationException S3_ENDPOINT when the endpoint is not an http(s) URL with a host; SECRET_MISSING when
     *                                a credential reference cannot be resolved
     */
    static S3Settings of(S3Location location, UnaryOperator<String> env) {
        URI endpoint = location.endpoint().orElseGet(() -> setting(env, "aws.endpointUrlS3", "AWS_ENDPOINT_URL_S3")
                .or(() -> setting(env, "aws.endpointUrl", "AWS_ENDPOINT_URL")).map(S3Settings::uri).orElse(null));
        if (endpoint != null) {
            String scheme = endpoint.getScheme() == null ? "" : endpoint.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || endpoint.getHost() == null) {
                throw new ConfigurationException("S3_ENDPOINT", "an S3 endpoint must look like http://host:9000 or https://host, got "
                        + safe(endpoint));
            }
        }
        String region = location.region().orElseGet(() -> setting(env, "aws.region", "AWS_REGION")
                .or(() -> Optional.ofNullable(env.apply("AWS_DEFAULT_REGION")).filter(s -> !s.isBlank()))
                .or(S3Settings::profileRegion).orElse(DEFAULT_REGION));
        boolean pathStyle = location.pathStyle().orElse(endpoint != null);
        String id = location.accessKeyId().map(s -> s.reveal()).orElse(null);
        String secret = location.secretAccessKey().map(s -> s.reveal()).orElse(null);
        return new S3Settings(endpoint, region.strip(), pathStyle, id, secret);
    }

    private static Optional<String> setting(UnaryOperator<String> env, String property, String variable) {
        String p = System.getProperty(property);
        if (p != null && !p.isBlank()) {
            return Optional.of(p.strip());
        }
        return Optional.ofNullable(env.apply(variable)).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static URI uri(String text) {
        try {
            return URI.create(text);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("S3_ENDPOINT", "the S3 endpoint from the environment is not a URL: " + e.getMessage(), e);
        }
    }

    private static Optional<String> profileRegion() {
        try {
            return Optional.ofNullable(new AwsProfileRegionProvider().getRegion()).map(r -> r.id());
        } catch (SdkClientException | IllegalStateException e) {
            return Optional.empty(); // no profile file or no region in it: the default applies
        }
    }

    /** The endpoint without user info, query or fragment. */
    private static String safe(URI u) {
        return (u.getScheme() == null ? "" : u.getScheme() + "://") + (u.getHost() == null ? "?" : u.getHost())
                + (u.getPort() < 0 ? "" : ":" + u.getPort()) + (u.getRawPath() == null ? "" : u.getRawPath());
    }

    Optional<URI> endpoint() {
        return Optional.ofNullable(endpoint);
    }

    String region() {
        return region;
    }

    boolean pathStyle() {
        return pathStyle;
    }

    boolean explicitCredentials() {
        return accessKeyId != null && secretKey != null;
    }

    String accessKeyId() {
        return accessKeyId;
    }

    String secretKey() {
        return secretKey;
    }

    /** For messages: the custom endpoint, or AWS with its region. */
    String describeEndpoint() {
        return endpoint != null ? "endpoint " + safe(endpoint) : "AWS S3 (region " + region + ")";
    }

    /** Where the credentials come from, for messages. */
    String describeCredentials() {
        return explicitCredentials() ? "the credentials given to the location"
                : "the AWS default chain (aws.accessKeyId/aws.secretAccessKey properties, AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, "
                + "AWS_PROFILE and ~/.aws/credentials, container or instance roles)";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof S3Settings s && Objects.equals(endpoint, s.endpoint) && region.equals(s.region) && pathStyle == s.pathStyle
                && Objects.equals(accessKeyId, s.accessKeyId) && Objects.equals(secretKey, s.secretKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(endpoint, region, pathStyle, accessKeyId, secretKey);
    }

    @Override
    public String toString() {
        return "S3Settings[" + describeEndpoint() + ", pathStyle=" + pathStyle + ", credentials="
                + (explicitCredentials() ? "given (******)" : "default chain") + "]";
    }
}
