package dev.kimball.core.source;

import dev.kimball.api.S3Location;
import dev.kimball.api.Secret;
import dev.kimball.api.Sources;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/** A real S3 server in-process (s3proxy over its in-memory store, SigV4 with one identity) for end-to-end loads. */
public final class TestingS3Server implements AutoCloseable {
    public static final String ACCESS_KEY = "kimball-core-test";
    public static final String SECRET_KEY = "Core-S3cret-4d3c2b1a";

    private final BlobStore store = new TransientNio2BlobStore();
    private final S3Proxy proxy;
    private final URI endpoint;

    private TestingS3Server(String accessKey, String secretKey) throws Exception {
        proxy = S3Proxy.builder().blobStore(store).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey).build();
        proxy.start();
        for (int i = 0; i < 200 && !"STARTED".equals(proxy.getState()); i++) {
            Thread.sleep(25);
        }
        endpoint = URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    public static TestingS3Server start() {
        return start(ACCESS_KEY, SECRET_KEY);
    }

    /** A server accepting this one identity. */
    public static TestingS3Server start(String accessKey, String secretKey) {
        try {
            return new TestingS3Server(accessKey, secretKey);
        } catch (Exception e) {
            throw new IllegalStateException("s3proxy did not start: " + e, e);
        }
    }

    public S3Location location(String bucket, String prefix) {
        return Sources.s3(bucket, prefix).endpoint(endpoint).region("us-east-1")
                .credentials(Secret.of(ACCESS_KEY), Secret.of(SECRET_KEY));
    }

    public void bucket(String name) {
        store.createContainer(name);
    }

    public void put(String bucket, String key, String text) {
        put(bucket, key, text.getBytes(StandardCharsets.UTF_8));
    }

    public void put(String bucket, String key, byte[] bytes) {
        store.putBlob(PutObjectRequest.builder().bucket(bucket).key(key).contentLength((long) bytes.length).build(),
                new ByteArrayInputStream(bytes));
    }

    /** {@code http://127.0.0.1:port}. */
    public URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        try {
            proxy.stop();
        } catch (Exception e) {
            throw new IllegalStateException("s3proxy did not stop: " + e, e);
        }
    }
}
