package dev.kimball.connector.s3;

import dev.kimball.api.S3Location;
import dev.kimball.api.Secret;
import dev.kimball.api.Sources;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.util.Set;
import org.gaul.s3proxy.AccessGrant;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.blobstore.ForwardingBlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * A real S3 server in-process: s3proxy over its in-memory blob store, SigV4 authentication, two identities. The owner
 * ({@link #ACCESS_KEY}) may do everything; the reader ({@link #READER_KEY}) is denied every bucket in
 * {@link #LOCKED_BUCKETS}, as an IAM policy without s3:ListBucket/s3:GetObject would (S3's 403 AccessDenied).
 */
final class TestingS3 implements AutoCloseable {
    static final String ACCESS_KEY = "kimball-owner";
    /** Distinctive so that a test can grep every message for it. */
    static final String SECRET_KEY = "Kimball-S3cret-9f8e7d6c5b4a";
    static final String READER_KEY = "kimball-reader";
    static final String READER_SECRET = "Reader-S3cret-1a2b3c4d5e6f";
    static final Set<String> LOCKED_BUCKETS = Set.of("locked");

    private final BlobStore store = new TransientNio2BlobStore();
    private final S3Proxy proxy;
    private final URI endpoint;

    private TestingS3() throws Exception {
        proxy = S3Proxy.builder().blobStore(store).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY).build();
        BlobStore denying = new Denying(store);
        proxy.setBlobStoreLocator((identity, container, blob) -> {
            if (ACCESS_KEY.equals(identity)) {
                return new AccessGrant(SECRET_KEY, store);
            }
            if (READER_KEY.equals(identity)) {
                return new AccessGrant(READER_SECRET, denying);
            }
            return null;
        });
        proxy.start();
        for (int i = 0; i < 200 && !"STARTED".equals(proxy.getState()); i++) {
            Thread.sleep(25);
        }
        endpoint = URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    private static TestingS3 shared;

    /** One server for the whole test JVM (it takes seconds to start); each test class uses its own buckets. */
    static synchronized TestingS3 shared() {
        if (shared == null) {
            shared = start();
            TestingS3 s = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    s.close();
                } catch (Exception e) {
                    // the JVM is exiting
                }
            }));
        }
        return shared;
    }

    static TestingS3 start() {
        try {
            return new TestingS3();
        } catch (Exception e) {
            throw new IllegalStateException("s3proxy did not start: " + e, e);
        }
    }

    URI endpoint() {
        return endpoint;
    }

    /** The owner's view of {@code s3://bucket/prefix} on this server. */
    S3Location location(String bucket, String prefix) {
        return Sources.s3(bucket, prefix).endpoint(endpoint).region("us-east-1")
                .credentials(Secret.of(ACCESS_KEY), Secret.of(SECRET_KEY));
    }

    void bucket(String name) {
        store.createContainer(name);
    }

    void put(String bucket, String key, byte[] bytes) {
        store.putBlob(PutObjectRequest.builder().bucket(bucket).key(key).contentLength((long) bytes.length).build(),
                new ByteArrayInputStream(bytes));
    }

    void put(String bucket, String key, InputStream in, long length) {
        store.putBlob(PutObjectRequest.builder().bucket(bucket).key(key).contentLength(length).build(), in);
    }

    void delete(String bucket, String key) {
        store.removeBlob(bucket, key);
    }

    /** Bytes of a deterministic pseudo-random object, computable at any offset without holding the object. */
    static byte patternByte(long i) {
        return (byte) ((i * 0x9E3779B97F4A7C15L) >>> 56);
    }

    /** A stream of {@code length} {@link #patternByte} bytes. */
    static InputStream pattern(long length) {
        return new InputStream() {
            private long i;

            @Override
            public int read() {
                return i < length ? patternByte(i++) & 0xff : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (i >= length) {
                    return -1;
                }
                int n = (int) Math.min(len, length - i);
                for (int k = 0; k < n; k++) {
                    b[off + k] = patternByte(i++);
                }
                return n;
            }
        };
    }

    @Override
    public void close() {
        try {
            proxy.stop();
        } catch (Exception e) {
            throw new IllegalStateException("s3proxy did not stop: " + e, e);
        }
    }

    /** What an S3 policy denying the reader the locked buckets does: 403 AccessDenied on listing and reading. */
    private static final class Denying extends ForwardingBlobStore {
        Denying(BlobStore delegate) {
            super(delegate);
        }

        private static void check(String bucket) {
            if (LOCKED_BUCKETS.contains(bucket)) {
                throw (S3Exception) S3Exception.builder().statusCode(403).message("Access Denied")
                        .awsErrorDetails(AwsErrorDetails.builder().errorCode("AccessDenied").errorMessage("Access Denied").build()).build();
            }
        }

        @Override
        public ListObjectsV2Response list(ListObjectsV2Request request) {
            check(request.bucket());
            return super.list(request);
        }

        @Override
        public HeadObjectResponse blobMetadata(HeadObjectRequest request) {
            check(request.bucket());
            return super.blobMetadata(request);
        }

        @Override
        public ResponseInputStream<GetObjectResponse> getBlob(GetObjectRequest request) {
            check(request.bucket());
            return super.getBlob(request);
        }
    }
}
