package dev.kimball.connector.s3;

import dev.kimball.api.S3Location;
import dev.kimball.api.Location;
import dev.kimball.api.SourceException;
import dev.kimball.spi.StorageProvider;
import dev.kimball.spi.StoredFile;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;

/**
 * S3 and S3-compatible stores (MinIO, Ceph, s3proxy...) as a storage, on the AWS SDK v2. Registered in
 * {@code META-INF/services/dev.kimball.spi.StorageProvider}. Settings the {@link S3Location} leaves unset come from the
 * AWS conventions (see {@link S3Settings}); a custom endpoint uses path-style addressing unless the location says
 * otherwise. Credentials given to the location are used as they are; otherwise the AWS default chain. No credential is
 * ever part of a message or {@code toString()}. Thread-safe.
 */
public final class S3StorageProvider implements StorageProvider {
    static final Duration TEST_TIMEOUT = Duration.ofSeconds(15);

    private final UnaryOperator<String> env;
    private final Duration testTimeout;
    private final S3Clients clients = new S3Clients();

    public S3StorageProvider() {
        this(System::getenv, TEST_TIMEOUT);
    }

    S3StorageProvider(UnaryOperator<String> env, Duration testTimeout) {
        this.env = Objects.requireNonNull(env, "env");
        this.testTimeout = Objects.requireNonNull(testTimeout, "testTimeout");
    }

    @Override
    public String name() {
        return "s3";
    }

    @Override
    public boolean accepts(Location location) {
        return location instanceof S3Location;
    }

    /**
     * @throws SourceException SOURCE_NOT_FOUND (bucket, object or prefix missing; glob matching nothing),
     *                         SOURCE_AUTH_FAILED, SOURCE_PERMISSION_DENIED, SOURCE_UNREACHABLE, SOURCE_READ_FAILED
     * @throws dev.kimball.api.ConfigurationException S3_ENDPOINT for a malformed endpoint, SECRET_MISSING for an
     *                         unresolvable credential reference
     */
    @Override
    public List<StoredFile> list(Location location) {
        S3Location s3 = require(location);
        S3Settings settings = S3Settings.of(s3, env);
        return new S3Listing(clients.of(settings), settings, S3Listing.PAGE_SIZE).list(s3);
    }

    /**
     * One ListObjectsV2 request of at most one key under the location's folder, bounded by a timeout (15 s), so that an
     * unknown host, an unreachable endpoint, rejected credentials, a missing bucket or a denied listing each fail with
     * their own code; an empty folder is SOURCE_NOT_FOUND. Whether a glob matches is checked by {@link #list}.
     *
     * @throws SourceException as {@link #list} does
     */
    @Override
    public void test(Location location) {
        S3Location s3 = require(location);
        S3Settings settings = S3Settings.of(s3, env);
        S3Client client = clients.of(settings);
        String prefix = KeyGlob.base(s3.prefix());
        ListObjectsV2Response r;
        try {
            r = client.listObjectsV2(b -> b.bucket(s3.bucket()).prefix(prefix).maxKeys(1)
                    .overrideConfiguration(o -> o.apiCallTimeout(testTimeout)));
        } catch (SdkException e) {
            throw S3Errors.translate(e, "list " + s3.describe(), s3.bucket(), settings);
        }
        if (!r.hasContents() || r.contents().isEmpty()) {
            throw new SourceException("SOURCE_NOT_FOUND", "bucket '" + s3.bucket() + "' is reachable, but s3://" + s3.bucket() + "/"
                    + prefix + " holds no objects (" + settings.describeEndpoint() + "); check the prefix");
        }
    }

    private static S3Location require(Location location) {
        if (!(location instanceof S3Location s3)) {
            throw new IllegalArgumentException("the s3 storage lists S3Location, got " + location.describe());
        }
        return s3;
    }

    /** Releases the clients (for tests and short-lived tools). */
    void close() {
        clients.closeAll();
    }

    @Override
    public String toString() {
        return "S3StorageProvider";
    }
}
