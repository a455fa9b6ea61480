package dev.kimball.connector.s3;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * One S3 client per distinct {@link S3Settings}, kept for the life of the provider: files listed by a load open their
 * streams later through the same client. Clients use the JDK's HTTP connection (no pool threads of their own) and one
 * shared daemon timer for timeouts, so a client that is never closed holds no thread.
 */
final class S3Clients {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

    private final Map<S3Settings, S3Client> clients = new ConcurrentHashMap<>();

    S3Client of(S3Settings settings) {
        return clients.computeIfAbsent(settings, S3Clients::build);
    }

    private static S3Client build(S3Settings s) {
        S3ClientBuilder b = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder().connectionTimeout(CONNECT_TIMEOUT).socketTimeout(READ_TIMEOUT))
                .region(Region.of(s.region()))
                .credentialsProvider(credentials(s))
                .forcePathStyle(s.pathStyle())
                // S3-compatible stores (and older MinIO/Ceph) reject the newer default CRC trailers; reads need none
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .overrideConfiguration(o -> o.scheduledExecutorService(Timer.INSTANCE));
        s.endpoint().ifPresentOrElse(b::endpointOverride, () -> b.crossRegionAccessEnabled(true));
        return b.build();
    }

    private static AwsCredentialsProvider credentials(S3Settings s) {
        if (s.explicitCredentials()) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(s.accessKeyId(), s.secretKey()));
        }
        return DefaultCredentialsProvider.builder().build();
    }

    /** Closes every client (tests; a long-lived application keeps them). */
    void closeAll() {
        clients.values().forEach(S3Client::close);
        clients.clear();
    }

    /** The shared timer behind API-call timeouts; created on first use, a daemon so it never keeps the JVM alive. */
    private static final class Timer {
        static final ScheduledExecutorService INSTANCE = Executors.newScheduledThreadPool(1, new java.util.concurrent.ThreadFactory() {
            private final AtomicInteger n = new AtomicInteger();

            @Override
            public Thread newThread(Runnable r) {
                Thread t = new Thread(r, "kimball-s3-timer-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            }
        });
    }
}
