package dev.kimball.api;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Objects under a prefix of an S3 bucket (or an S3-compatible store). Unset options come from the AWS SDK's standard
 * environment and default chain ({@code AWS_ENDPOINT_URL}, {@code AWS_REGION}, {@code AWS_ACCESS_KEY_ID},
 * {@code AWS_SECRET_ACCESS_KEY}, profiles...). A custom endpoint uses path-style addressing unless told otherwise.
 * Credentials are {@link Secret}s: never shown, stored only as references.
 */
public final class S3Location implements Location {
    private final String bucket;
    private final String prefix;
    private final URI endpoint;
    private final String region;
    private final Boolean pathStyle;
    private final Secret accessKeyId;
    private final Secret secretAccessKey;

    private S3Location(String bucket, String prefix, URI endpoint, String region, Boolean pathStyle, Secret accessKeyId,
                       Secret secretAccessKey) {
        this.bucket = bucket;
        this.prefix = prefix;
        this.endpoint = endpoint;
        this.region = region;
        this.pathStyle = pathStyle;
        this.accessKeyId = accessKeyId;
        this.secretAccessKey = secretAccessKey;
    }

    static S3Location of(String bucket, String prefix) {
        if (bucket == null || bucket.isBlank()) {
            throw new ConfigurationException("S3_LOCATION", "bucket must not be blank");
        }
        return new S3Location(bucket.strip(), prefix == null ? "" : prefix, null, null, null, null, null);
    }

    /** Parses {@code s3://bucket/prefix}. */
    public static S3Location parse(String uri) {
        if (uri == null || !uri.startsWith("s3://")) {
            throw new ConfigurationException("S3_LOCATION", "an S3 location looks like s3://bucket/prefix, got " + uri);
        }
        String rest = uri.substring(5);
        int slash = rest.indexOf('/');
        return of(slash < 0 ? rest : rest.substring(0, slash), slash < 0 ? "" : rest.substring(slash + 1));
    }

    public String bucket() {
        return bucket;
    }

    /** Key prefix; may end with a glob in its last segment ({@code exports/sales_*.csv}). */
    public String prefix() {
        return prefix;
    }

    public Optional<URI> endpoint() {
        return Optional.ofNullable(endpoint);
    }

    public Optional<String> region() {
        return Optional.ofNullable(region);
    }

    /** Path-style addressing; default: true with a custom endpoint, false for AWS. */
    public Optional<Boolean> pathStyle() {
        return Optional.ofNullable(pathStyle);
    }

    public Optional<Secret> accessKeyId() {
        return Optional.ofNullable(accessKeyId);
    }

    public Optional<Secret> secretAccessKey() {
        return Optional.ofNullable(secretAccessKey);
    }

    public S3Location endpoint(URI uri) {
        Objects.requireNonNull(uri, "endpoint");
        return new S3Location(bucket, prefix, uri, region, pathStyle, accessKeyId, secretAccessKey);
    }

    public S3Location region(String r) {
        if (r == null || r.isBlank()) {
            throw new ConfigurationException("S3_LOCATION", "region must not be blank");
        }
        return new S3Location(bucket, prefix, endpoint, r, pathStyle, accessKeyId, secretAccessKey);
    }

    public S3Location pathStyle(boolean on) {
        return new S3Location(bucket, prefix, endpoint, region, on, accessKeyId, secretAccessKey);
    }

    /** Explicit credentials (access key id + secret key) instead of the default chain. */
    public S3Location credentials(Secret accessKey, Secret secretKey) {
        Objects.requireNonNull(accessKey, "access key id");
        Objects.requireNonNull(secretKey, "secret access key");
        return new S3Location(bucket, prefix, endpoint, region, pathStyle, accessKey, secretKey);
    }

    @Override
    public String describe() {
        return "s3://" + bucket + "/" + prefix;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof S3Location s && bucket.equals(s.bucket) && prefix.equals(s.prefix) && Objects.equals(endpoint, s.endpoint)
                && Objects.equals(region, s.region) && Objects.equals(pathStyle, s.pathStyle)
                && Secret.same(accessKeyId, s.accessKeyId) && Secret.same(secretAccessKey, s.secretAccessKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(bucket, prefix, endpoint, region, pathStyle);
    }

    @Override
    public String toString() {
        return "S3Location[" + describe() + (endpoint != null ? ", endpoint=" + endpoint : "") + (region != null ? ", region=" + region : "")
                + (accessKeyId != null ? ", credentials=" + accessKeyId + "/" + secretAccessKey : "") + "]";
    }
}
