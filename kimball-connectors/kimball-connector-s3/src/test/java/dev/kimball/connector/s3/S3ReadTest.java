package dev.kimball.connector.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kimball.api.S3Location;
import dev.kimball.api.Secret;
import dev.kimball.api.SourceException;
import dev.kimball.api.Sources;
import dev.kimball.spi.SeekableInput;
import dev.kimball.spi.StoredFile;
import java.io.EOFException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Streamed and ranged reads of real objects (s3proxy in-process). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3ReadTest {
    private static final String BUCKET = "reads";
    private static final long BIG = 20L * 1024 * 1024;
    private TestingS3 s3;
    private S3StorageProvider storage;
    private long bigCrc;

    @BeforeAll
    void start() {
        s3 = TestingS3.shared();
        s3.bucket(BUCKET);
        s3.put(BUCKET, "big/20mb.bin", TestingS3.pattern(BIG), BIG);
        CRC32 crc = new CRC32();
        for (long i = 0; i < BIG; i++) {
            crc.update(TestingS3.patternByte(i));
        }
        bigCrc = crc.getValue();
        storage = new S3StorageProvider();
    }

    @AfterAll
    void stop() {
        storage.close();
    }

    private StoredFile big(S3Location loc) {
        List<StoredFile> files = storage.list(loc);
        assertThat(files).hasSize(1);
        return files.get(0);
    }

    private static long[] crcAndCount(InputStream in) throws Exception {
        CRC32 crc = new CRC32();
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            crc.update(buf, 0, n);
            total += n;
        }
        return new long[] {crc.getValue(), total};
    }

    @Test
    void aTwentyMegabyteObjectStreamsByteForByte() throws Exception {
        StoredFile f = big(s3.location(BUCKET, "big/20mb.bin"));
        assertThat(f.size()).isEqualTo(BIG);
        try (InputStream in = f.open()) {
            long[] r = crcAndCount(in);
            assertThat(r[1]).isEqualTo(BIG);
            assertThat(r[0]).isEqualTo(bigCrc);
            assertThat(in.read()).isEqualTo(-1);
        }
    }

    @Test
    void aBrokenConnectionIsResumedWhereItStopped() throws Exception {
        try (CuttingProxy cutter = new CuttingProxy(s3.endpoint(), 5L * 1024 * 1024)) {
            S3Location viaCutter = Sources.s3(BUCKET, "big/20mb.bin").endpoint(cutter.endpoint()).region("us-east-1")
                    .credentials(Secret.of(TestingS3.ACCESS_KEY), Secret.of(TestingS3.SECRET_KEY));
            StoredFile f = big(viaCutter);
            try (ObjectStream in = (ObjectStream) f.open()) {
                long[] r = crcAndCount(in);
                assertThat(cutter.hasCut()).as("the proxy broke the download").isTrue();
                assertThat(in.resumes()).isGreaterThanOrEqualTo(1);
                assertThat(r[1]).isEqualTo(BIG);
                assertThat(r[0]).as("resumed bytes continue exactly").isEqualTo(bigCrc);
            }
        }
    }

    @Test
    void closingEarlyStopsTheDownloadInsteadOfDrainingIt() throws Exception {
        try (CuttingProxy counter = new CuttingProxy(s3.endpoint(), Long.MAX_VALUE)) {
            S3Location viaCounter = Sources.s3(BUCKET, "big/20mb.bin").endpoint(counter.endpoint()).region("us-east-1")
                    .credentials(Secret.of(TestingS3.ACCESS_KEY), Secret.of(TestingS3.SECRET_KEY));
            StoredFile f = big(viaCounter);
            ObjectStream in = (ObjectStream) f.open();
            byte[] first = in.readNBytes(1000);
            in.close();
            Thread.sleep(300);
            assertThat(in.position()).isEqualTo(1000);
            check(first, 0);
            assertThat(counter.responseBytes()).as("bytes that crossed the wire (socket buffers at most)").isLessThan(BIG / 2);
            assertThatThrownBy(in::read).hasMessageContaining("closed");
        }
    }

    @Test
    void rangedReadsServeAFooterWithOneRequestAndMatchTheBytes() throws Exception {
        StoredFile f = big(s3.location(BUCKET, "big/20mb.bin"));
        try (SeekableInput s = f.openSeekable()) {
            RangedObjectInput r = (RangedObjectInput) s;
            assertThat(s.length()).isEqualTo(BIG);
            byte[] tail = new byte[8];
            s.readFully(BIG - 8, tail, 0, 8);
            byte[] footer = new byte[20_000];
            s.readFully(BIG - 8 - footer.length, footer, 0, footer.length);
            assertThat(r.requests()).as("tail window covers the footer").isEqualTo(1);
            assertThat(r.bytesFetched()).isEqualTo(RangedObjectInput.READ_AHEAD);
            check(tail, BIG - 8);
            check(footer, BIG - 8 - footer.length);

            byte[] mid = new byte[100];
            s.readFully(7_654_321, mid, 0, 100);
            byte[] next = new byte[100];
            s.readFully(7_654_421, next, 0, 100);
            assertThat(r.requests()).as("read-ahead serves the next small read").isEqualTo(2);
            check(mid, 7_654_321);
            check(next, 7_654_421);

            byte[] large = new byte[3 * 1024 * 1024];
            s.readFully(1_000_000, large, 0, large.length);
            assertThat(r.requests()).as("a large read is one direct range").isEqualTo(3);
            check(large, 1_000_000);
            assertThat(r.bytesFetched()).isLessThan(BIG / 5);

            assertThatThrownBy(() -> s.readFully(BIG - 4, new byte[8], 0, 8)).isInstanceOf(EOFException.class)
                    .hasMessageContaining("s3://reads/big/20mb.bin");
        }
    }

    private static void check(byte[] got, long at) {
        for (int i = 0; i < got.length; i++) {
            if (got[i] != TestingS3.patternByte(at + i)) {
                throw new AssertionError("byte " + (at + i) + " differs");
            }
        }
    }

    @Test
    void anObjectReplacedAfterListingFailsInsteadOfMixingVersions() {
        s3.put(BUCKET, "v/data.csv", "a\n1\n".getBytes(StandardCharsets.UTF_8));
        StoredFile f = big(s3.location(BUCKET, "v/data.csv"));
        String before = f.version();
        s3.put(BUCKET, "v/data.csv", "a\n2\n3\n".getBytes(StandardCharsets.UTF_8));
        assertThat(big(s3.location(BUCKET, "v/data.csv")).version()).isNotEqualTo(before);
        assertThatThrownBy(f::open)
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.code()).isEqualTo("SOURCE_READ_FAILED"))
                .hasMessageContaining("s3://reads/v/data.csv").hasMessageContaining("changed");
    }

    @Test
    void anObjectDeletedAfterListingIsSourceNotFound() {
        s3.put(BUCKET, "d/gone.csv", "a\n1\n".getBytes(StandardCharsets.UTF_8));
        StoredFile f = big(s3.location(BUCKET, "d/gone.csv"));
        s3.delete(BUCKET, "d/gone.csv");
        assertThatThrownBy(f::open)
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.code()).isEqualTo("SOURCE_NOT_FOUND"))
                .hasMessageContaining("s3://reads/d/gone.csv");
    }

    @Test
    void anEmptyObjectReadsAsEmpty() throws Exception {
        s3.put(BUCKET, "e/empty.csv", new byte[0]);
        StoredFile f = big(s3.location(BUCKET, "e/empty.csv"));
        assertThat(f.size()).isZero();
        try (InputStream in = f.open()) {
            assertThat(in.read()).isEqualTo(-1);
        }
        try (SeekableInput s = f.openSeekable()) {
            s.readFully(0, new byte[0], 0, 0);
            assertThat(s.length()).isZero();
        }
    }
}
