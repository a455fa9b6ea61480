package dev.kimball.connector.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kimball.api.S3Location;
import dev.kimball.api.SourceException;
import dev.kimball.api.Sources;
import dev.kimball.api.LocalLocation;
import dev.kimball.spi.StorageProvider;
import dev.kimball.spi.StoredFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.ServiceLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Listing against a real S3 server (s3proxy in-process). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3ListingTest {
    private static final String BUCKET = "listing";
    private TestingS3 s3;
    private S3StorageProvider storage;

    @BeforeAll
    void start() {
        s3 = TestingS3.shared();
        s3.bucket(BUCKET);
        storage = new S3StorageProvider();
    }

    @AfterAll
    void stop() {
        storage.close();
    }

    private void put(String key) {
        s3.put(BUCKET, key, ("k,v\n" + key + ",1\n").getBytes(StandardCharsets.UTF_8));
    }

    private List<String> keys(String prefix) {
        return storage.list(s3.location(BUCKET, prefix)).stream().map(f -> f.name().substring(("s3://" + BUCKET + "/").length())).toList();
    }

    @Test
    void moreThanAThousandKeysArePagedThroughAndSorted() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            keys.add(String.format("many/obj-%05d.csv", i));
        }
        Collections.shuffle(keys, new Random(7));
        keys.forEach(this::put);
        S3Location loc = s3.location(BUCKET, "many/");
        S3Settings settings = S3Settings.of(loc, k -> null);
        S3Listing listing = new S3Listing(new S3Clients().of(settings), settings, S3Listing.PAGE_SIZE);
        List<StoredFile> files = listing.list(loc);
        assertThat(listing.pages()).as("ListObjectsV2 pages of at most 1,000 keys").isEqualTo(3);
        assertThat(files).hasSize(2_500);
        assertThat(files.get(0).name()).isEqualTo("s3://listing/many/obj-00000.csv");
        assertThat(files.get(2_499).name()).isEqualTo("s3://listing/many/obj-02499.csv");
        assertThat(files).extracting(StoredFile::name).isSorted().doesNotHaveDuplicates();
        assertThat(storage.list(loc)).hasSize(2_500);
        assertThat(storage.list(s3.location(BUCKET, "many/obj-01*.csv"))).hasSize(1_000);
    }

    @Test
    void aFolderIsItsObjectsOneLevelDeepWithoutHiddenFilesOrFolderMarkers() {
        for (String k : List.of("f/b.csv", "f/a.csv", "f/.hidden.csv", "f/sub/c.csv")) {
            put(k);
        }
        s3.put(BUCKET, "f/", new byte[0]);
        assertThat(keys("f/")).containsExactly("f/a.csv", "f/b.csv");
        assertThat(keys("f")).as("a prefix naming no object is the folder of that name").containsExactly("f/a.csv", "f/b.csv");
    }

    @Test
    void aPrefixNamingAnObjectIsThatObjectWithSizeAndEtag() {
        put("one/data.csv");
        put("one/data.csv.bak");
        List<StoredFile> files = storage.list(s3.location(BUCKET, "one/data.csv"));
        assertThat(files).hasSize(1);
        StoredFile f = files.get(0);
        assertThat(f.name()).isEqualTo("s3://listing/one/data.csv");
        assertThat(f.fileName()).isEqualTo("data.csv");
        assertThat(f.size()).isEqualTo(("k,v\none/data.csv,1\n").length());
        assertThat(f.version()).matches("[0-9a-f]{32}");
        put("one/.hidden.csv");
        assertThat(keys("one/.hidden.csv")).as("named exactly, a hidden object is read").containsExactly("one/.hidden.csv");
    }

    @Test
    void aGlobKeepsTheKeysItMatchesInItsFolderOrBelowWithDoubleStar() {
        for (String k : List.of("g/sales_2.csv", "g/sales_1.csv", "g/other.csv", "g/sales_3.txt", "g/sub/sales_4.csv", "g/sub/deep/x.csv")) {
            put(k);
        }
        assertThat(keys("g/sales_*.csv")).containsExactly("g/sales_1.csv", "g/sales_2.csv");
        assertThat(keys("g/**/*.csv")).containsExactly("g/other.csv", "g/sales_1.csv", "g/sales_2.csv", "g/sub/deep/x.csv",
                "g/sub/sales_4.csv");
        assertThat(keys("g/*/sales_*.csv")).containsExactly("g/sub/sales_4.csv");
        assertThat(keys("g/sales_{1,3}.*")).containsExactly("g/sales_1.csv", "g/sales_3.txt");
    }

    @Test
    void nothingToListIsSourceNotFoundNamingTheLocation() {
        put("nf/a.csv");
        assertThatThrownBy(() -> keys("nf/zzz_*.csv"))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.code()).isEqualTo("SOURCE_NOT_FOUND"))
                .hasMessageContaining("s3://listing/nf/zzz_*.csv").hasMessageContaining("matches no object");
        assertThatThrownBy(() -> keys("nf/missing.csv"))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.code()).isEqualTo("SOURCE_NOT_FOUND"))
                .hasMessageContaining("s3://listing/nf/missing.csv");
        assertThatThrownBy(() -> keys("empty-folder/"))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.code()).isEqualTo("SOURCE_NOT_FOUND"))
                .hasMessageContaining("s3://listing/empty-folder/").hasMessageContaining("holds no objects");
    }

    @Test
    void aMissingBucketIsSourceNotFoundNamingTheBucket() {
        for (String prefix : List.of("", "x/", "x/a.csv", "x/*.csv")) {
            assertThatThrownBy(() -> storage.list(s3.location("no-such-bucket", prefix)))
                    .as(prefix)
                    .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.code()).isEqualTo("SOURCE_NOT_FOUND"))
                    .hasMessageContaining("bucket 'no-such-bucket' does not exist");
        }
    }

    @Test
    void theStorageIsRegisteredForServiceLoaderAndAcceptsS3LocationsOnly() {
        StorageProvider p = ServiceLoader.load(StorageProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(x -> x.name().equals("s3")).findFirst().orElseThrow();
        assertThat(p).isInstanceOf(S3StorageProvider.class);
        assertThat(p.accepts(Sources.s3("bucket", "x/"))).isTrue();
        assertThat(p.accepts(new LocalLocation("x.csv"))).isFalse();
        assertThatThrownBy(() -> p.list(new LocalLocation("x.csv"))).isInstanceOf(IllegalArgumentException.class);
    }
}
