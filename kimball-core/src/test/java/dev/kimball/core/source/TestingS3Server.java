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
final class TestingS3Server implements AutoCloseable {
    static final String ACCESS_KEY = "kimball-core-test";
    static final String SECRET_KEY = "Core-S3cret-4d3c2b1a";

    private final BlobStore store = new TransientNio2BlobStore();
    private final S3Proxy proxy;
    private final URI endpoint;

    private TestingS3Server() throws Exception {
        proxy = S3Proxy.builder().blobStore(store).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY).build();
        proxy.start();
        for (int i = 0; i < 200 && !"STARTED".equals(proxy.getState()); i++) {
            Thread.sleep(25);
        }
        endpoint = URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    static TestingS3Server start() {
        try {
            return new TestingS3Server();
        } catch (Exception e) {
            throw new IllegalStateException("s3proxy did not start: " + e, e);
        }
    }

    S3Location location(String bucket, String prefix) {
        return Sources.s3(bucket, prefix).endpoint(endpoint).region("us-east-1")
                .credentials(Secret.of(ACCESS_KEY), Secret.of(SECRET_KEY));
    }

    void bucket(String name) {
        store.createContainer(name);
    }

    void put(String bucket, String key, String text) {
        put(bucket, key, text.getBytes(StandardCharsets.UTF_8));
    }

    void put(String bucket, String key, byte[] bytes) {
        store.putBlob(PutObjectRequest.builder().bucket(bucket).key(key).contentLength((long) bytes.length).build(),
                new ByteArrayInputStream(bytes));
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
