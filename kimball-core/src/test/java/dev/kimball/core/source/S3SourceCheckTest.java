package dev.kimball.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kimball.api.KimballSession;
import dev.kimball.api.S3Location;
import dev.kimball.api.Secret;
import dev.kimball.api.SourceCheck;
import dev.kimball.api.SourceRegistry;
import dev.kimball.api.Sources;
import dev.kimball.core.TestingSessions;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code SourceRegistry.test} of S3 sources against a real S3 server: found, and each way of being wrong. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3SourceCheckTest {
    private TestingS3Server s3;
    private KimballSession session;
    private Path keys;

    @BeforeAll
    void start() throws IOException {
        s3 = TestingS3Server.start();
        s3.bucket("exports");
        s3.put("exports", "sales/jan.csv", "id\n1\n");
        s3.put("exports", "sales/feb.csv", "id\n2\n");
        keys = Files.createTempDirectory("kimball-s3-keys");
        Files.writeString(keys.resolve("id"), TestingS3Server.ACCESS_KEY + "\n");
        Files.writeString(keys.resolve("secret"), TestingS3Server.SECRET_KEY + "\n");
        Files.writeString(keys.resolve("wrong"), "Not-The-Secret-0000\n");
        session = TestingSessions.duckdb("kimball-s3-check");
    }

    @AfterAll
    void stop() {
        session.close();
        s3.close();
    }

    private S3Location at(String bucket, String prefix, String secretFile) {
        return Sources.s3(bucket, prefix).endpoint(s3.endpoint()).region("us-east-1")
                .credentials(Secret.file(keys.resolve("id")), Secret.file(keys.resolve(secretFile)));
    }

    @Test
    void aReachableBucketWithFilesIsOk() {
        SourceRegistry r = session.sources();
        r.add("s3_ok", Sources.csv(at("exports", "sales/", "secret")));
        SourceCheck c = r.test("s3_ok");
        assertThat(c.ok()).as(c.message()).isTrue();
        assertThat(c.message()).isEqualTo("2 files: feb.csv, jan.csv");
    }

    @Test
    void aMissingBucketAWrongKeyAnEmptyPrefixAndAnUnknownHostEachSayWhatIsWrong() {
        SourceRegistry r = session.sources();
        r.add("s3_bucket", Sources.files(at("no-such-bucket", "", "secret")));
        r.add("s3_key", Sources.files(at("exports", "sales/", "wrong")));
        r.add("s3_empty", Sources.files(at("exports", "nothing/", "secret")));
        r.add("s3_host", Sources.files(Sources.s3("exports", "").endpoint(URI.create("http://no-such-host.invalid:9000"))
                .credentials(Secret.file(keys.resolve("id")), Secret.file(keys.resolve("secret")))));
        r.add("s3_env", Sources.files(Sources.s3("exports", "").endpoint(URI.create("http://127.0.0.1:1"))
                .credentials(Secret.env("KIMBALL_TEST_NO_SUCH_VARIABLE"), Secret.file(keys.resolve("secret")))));

        SourceCheck bucket = r.test("s3_bucket");
        assertThat(bucket.code()).isEqualTo("SOURCE_NOT_FOUND");
        assertThat(bucket.message()).contains("bucket 'no-such-bucket' does not exist");
        SourceCheck key = r.test("s3_key");
        assertThat(key.code()).isEqualTo("SOURCE_AUTH_FAILED");
        assertThat(key.message()).contains("credentials were rejected").doesNotContain("Not-The-Secret-0000");
        SourceCheck empty = r.test("s3_empty");
        assertThat(empty.code()).isEqualTo("SOURCE_NOT_FOUND");
        assertThat(empty.message()).contains("holds no objects");
        SourceCheck host = r.test("s3_host");
        assertThat(host.code()).isEqualTo("SOURCE_UNREACHABLE");
        assertThat(host.message()).contains("unknown host");
        SourceCheck env = r.test("s3_env");
        assertThat(env.code()).isEqualTo("SECRET_MISSING");
        assertThat(env.message()).contains("KIMBALL_TEST_NO_SUCH_VARIABLE");
        for (SourceCheck c : new SourceCheck[] {bucket, key, empty, host, env}) {
            assertThat(c.ok()).isFalse();
            assertThat(c.message()).doesNotContain(TestingS3Server.SECRET_KEY);
        }
    }
}
