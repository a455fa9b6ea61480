package dev.kimball.connector.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kimball.api.S3Location;
import dev.kimball.api.Secret;
import dev.kimball.api.SourceException;
import dev.kimball.api.Sources;
import dev.kimball.spi.SeekableInput;
import dev.kimball.spi.StoredFile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code test()} and the errors of every kind, against a real S3 server; no message ever shows a secret. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3ConnectionTest {
    private static final String BUCKET = "conn";
    private static final String WRONG_SECRET = "Wrong-S3cret-Value-0000";
    private TestingS3 s3;
    private S3StorageProvider storage;

    @BeforeAll
    void start() {
        s3 = TestingS3.shared();
        s3.bucket(BUCKET);
        s3.bucket("locked");
        s3.put(BUCKET, "ok/a.csv", "k,v\n1,2\n".getBytes(StandardCharsets.UTF_8));
        s3.put("locked", "ok/a.csv", "k,v\n1,2\n".getBytes(StandardCharsets.UTF_8));
        storage = new S3StorageProvider(k -> null, Duration.ofSeconds(3));
    }

    @AfterAll
    void stop() {
        storage.close();
    }

    private S3Location at(URI endpoint, String bucket, String accessKey, String secretKey) {
        return Sources.s3(bucket, "ok/").endpoint(endpoint).region("us-east-1").credentials(Secret.of(accessKey), Secret.of(secretKey));
    }

    private static SourceException failure(Runnable r) {
        try {
            r.run();
        } catch (SourceException e) {
            return e;
        }
        throw new AssertionError("expected a SourceException");
    }

    @Test
    void aReachableBucketWithGoodCredentialsPasses() {
        storage.test(s3.location(BUCKET, "ok/"));
        storage.test(s3.location(BUCKET, "ok/*.csv"));
    }

    @Test
    void anUnknownHostIsUnreachable() {
        SourceException e = failure(() -> storage.test(at(URI.create("http://no-such-host.invalid:9000"), BUCKET, "a", "b")));
        assertThat(e.code()).isEqualTo("SOURCE_UNREACHABLE");
        assertThat(e.getMessage()).contains("unknown host").contains("no-such-host.invalid").contains("s3://conn/ok/");
    }

    @Test
    void aClosedPortIsUnreachable() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        SourceException e = failure(() -> storage.test(at(URI.create("http://127.0.0.1:" + port), BUCKET, "a", "b")));
        assertThat(e.code()).isEqualTo("SOURCE_UNREACHABLE");
        assertThat(e.getMessage()).contains("127.0.0.1:" + port).contains("Connection refused");
    }

    @Test
    void aServerThatNeverAnswersIsUnreachableWithinTheTimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            List<Socket> held = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept());
                    }
                } catch (Exception closed) {
                    // test over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            long t0 = System.nanoTime();
            SourceException e = failure(() -> storage.test(at(URI.create("http://127.0.0.1:" + silent.getLocalPort()), BUCKET, "a", "b")));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertThat(e.code()).isEqualTo("SOURCE_UNREACHABLE");
            assertThat(ms).as("the 3 s test timeout holds").isBetween(2_500L, 8_000L);
        }
    }

    @Test
    void aWrongSecretKeyIsAnAuthenticationFailure() {
        SourceException e = failure(() -> storage.test(at(s3.endpoint(), BUCKET, TestingS3.ACCESS_KEY, WRONG_SECRET)));
        assertThat(e.code()).isEqualTo("SOURCE_AUTH_FAILED");
        assertThat(e.getMessage()).contains("SignatureDoesNotMatch").contains("credentials given to the location");
    }

    @Test
    void anUnknownAccessKeyIsAnAuthenticationFailure() {
        SourceException e = failure(() -> storage.test(at(s3.endpoint(), BUCKET, "nobody", WRONG_SECRET)));
        assertThat(e.code()).isEqualTo("SOURCE_AUTH_FAILED");
        assertThat(e.getMessage()).contains("InvalidAccessKeyId");
    }

    @Test
    void aMissingBucketIsNotFoundNamingIt() {
        SourceException e = failure(() -> storage.test(s3.location("missing-bucket", "ok/")));
        assertThat(e.code()).isEqualTo("SOURCE_NOT_FOUND");
        assertThat(e.getMessage()).contains("bucket 'missing-bucket' does not exist");
    }

    @Test
    void anEmptyPrefixIsNotFound() {
        SourceException e = failure(() -> storage.test(s3.location(BUCKET, "nothing-here/")));
        assertThat(e.code()).isEqualTo("SOURCE_NOT_FOUND");
        assertThat(e.getMessage()).contains("s3://conn/nothing-here/").contains("holds no objects");
    }

    @Test
    void aDeniedListingOrReadIsPermissionDenied() {
        S3Location reader = at(s3.endpoint(), "locked", TestingS3.READER_KEY, TestingS3.READER_SECRET);
        for (Runnable r : List.<Runnable>of(() -> storage.test(reader), () -> storage.list(reader),
                () -> storage.list(Sources.s3("locked", "ok/a.csv").endpoint(s3.endpoint())
                        .credentials(Secret.of(TestingS3.READER_KEY), Secret.of(TestingS3.READER_SECRET))))) {
            SourceException e = failure(r);
            assertThat(e.code()).isEqualTo("SOURCE_PERMISSION_DENIED");
            assertThat(e.getMessage()).contains("access denied").contains("locked");
        }
        storage.test(at(s3.endpoint(), BUCKET, TestingS3.READER_KEY, TestingS3.READER_SECRET));
    }

    @Test
    void theDefaultChainAndTheEnvironmentSupplyWhatTheLocationLeavesOut() {
        Map<String, String> env = Map.of("AWS_ENDPOINT_URL", s3.endpoint().toString(), "AWS_REGION", "eu-central-1");
        S3StorageProvider fromEnv = new S3StorageProvider(env::get, Duration.ofSeconds(3));
        System.setProperty("aws.accessKeyId", TestingS3.ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", TestingS3.SECRET_KEY);
        try {
            List<StoredFile> files = fromEnv.list(Sources.s3(BUCKET, "ok/"));
            assertThat(files).extracting(StoredFile::name).containsExactly("s3://conn/ok/a.csv");
            fromEnv.test(Sources.s3(BUCKET, "ok/"));
        } finally {
            System.clearProperty("aws.accessKeyId");
            System.clearProperty("aws.secretAccessKey");
            fromEnv.close();
        }
    }

    @Test
    void noCredentialsAnywhereIsAnAuthenticationFailureNamingTheChain() {
        Map<String, String> env = Map.of("AWS_ENDPOINT_URL", s3.endpoint().toString());
        S3StorageProvider fromEnv = new S3StorageProvider(env::get, Duration.ofSeconds(5));
        System.setProperty("aws.disableEc2Metadata", "true");
        System.setProperty("aws.sharedCredentialsFile", "/nonexistent/kimball/credentials");
        System.setProperty("aws.configFile", "/nonexistent/kimball/config");
        try {
            SourceException e = failure(() -> fromEnv.test(Sources.s3(BUCKET, "ok/")));
            assertThat(e.code()).isEqualTo("SOURCE_AUTH_FAILED");
            assertThat(e.getMessage()).contains("default chain");
        } finally {
            System.clearProperty("aws.disableEc2Metadata");
            System.clearProperty("aws.sharedCredentialsFile");
            System.clearProperty("aws.configFile");
            fromEnv.close();
        }
    }

    @Test
    void noSecretAppearsInAnyMessageStackTraceOrDescription() throws Exception {
        List<String> texts = new ArrayList<>();
        List<S3Location> locations = List.of(at(s3.endpoint(), BUCKET, TestingS3.ACCESS_KEY, WRONG_SECRET),
                at(s3.endpoint(), BUCKET, "nobody", WRONG_SECRET),
                at(s3.endpoint(), "locked", TestingS3.READER_KEY, TestingS3.READER_SECRET),
                at(s3.endpoint(), "missing-bucket", TestingS3.ACCESS_KEY, TestingS3.SECRET_KEY),
                at(URI.create("http://no-such-host.invalid:1"), BUCKET, TestingS3.ACCESS_KEY, TestingS3.SECRET_KEY),
                Sources.s3(BUCKET, "nothing/").endpoint(s3.endpoint()).credentials(Secret.of(TestingS3.ACCESS_KEY), Secret.of(TestingS3.SECRET_KEY)));
        for (S3Location loc : locations) {
            texts.add(loc.toString());
            texts.add(loc.describe());
            texts.add(S3Settings.of(loc, k -> null).toString());
            for (Runnable r : List.<Runnable>of(() -> storage.test(loc), () -> storage.list(loc))) {
                texts.add(everything(failure(r)));
            }
        }
        s3.put(BUCKET, "sec/b.csv", "x\n".getBytes(StandardCharsets.UTF_8));
        StoredFile f = storage.list(s3.location(BUCKET, "sec/b.csv")).get(0);
        texts.add(f.toString());
        try (SeekableInput in = f.openSeekable()) {
            texts.add(everything(org.assertj.core.api.Assertions.catchThrowable(() -> in.readFully(0, new byte[9], 0, 9))));
        }
        s3.put(BUCKET, "sec/b.csv", "changed\n".getBytes(StandardCharsets.UTF_8));
        texts.add(everything(failure(f::open)));
        texts.add(storage.toString());
        assertThat(texts).hasSizeGreaterThan(25).allSatisfy(t -> assertThat(t)
                .doesNotContain(TestingS3.SECRET_KEY).doesNotContain(TestingS3.READER_SECRET).doesNotContain(WRONG_SECRET));
        assertThat(String.join("\n", texts)).contains("SignatureDoesNotMatch").contains("AccessDenied").contains("******");
    }

    private static String everything(Throwable t) {
        assertThat(t).isNotNull();
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return t + "\n" + w;
    }

    @Test
    void aBadLocationTypeIsRejected() {
        assertThatThrownBy(() -> storage.test(new dev.kimball.api.LocalLocation("x"))).isInstanceOf(IllegalArgumentException.class);
    }
}
