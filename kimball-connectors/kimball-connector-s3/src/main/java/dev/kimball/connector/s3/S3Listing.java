package dev.kimball.connector.s3;

import dev.kimball.api.S3Location;
import dev.kimball.api.SourceException;
import dev.kimball.spi.StoredFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The objects of an {@link S3Location}, with the meanings the local storage gives to paths:
 * <ul>
 *   <li>a prefix ending with {@code /} (or empty) is a folder: the objects directly in it, not below;</li>
 *   <li>a prefix naming an object is that object; otherwise, if {@code prefix/} holds objects, that folder;</li>
 *   <li>a glob in the prefix ({@code exports/sales_*.csv}, {@code exports/**}{@code /*.csv}) lists from the folder
 *       before the glob and keeps the keys it matches.</li>
 * </ul>
 * Names whose last segment starts with '.' and folder markers (keys ending with '/') are skipped unless named exactly.
 * Listings page through ListObjectsV2 continuation tokens (any number of keys) and are sorted by key.
 */
final class S3Listing {
    static final int PAGE_SIZE = 1000;

    private final S3Client client;
    private final S3Settings settings;
    private final int pageSize;
    private int pages;

    S3Listing(S3Client client, S3Settings settings, int pageSize) {
        this.client = client;
        this.settings = settings;
        this.pageSize = pageSize;
    }

    /**
     * @throws SourceException SOURCE_NOT_FOUND when nothing matches (or the bucket is missing), or what {@link S3Errors}
     *                         reports for access failures
     */
    List<StoredFile> list(S3Location location) {
        String bucket = location.bucket();
        String prefix = location.prefix();
        if (KeyGlob.hasGlob(prefix)) {
            String base = KeyGlob.base(prefix);
            String pattern = prefix.substring(base.length());
            Pattern p;
            try {
                p = KeyGlob.compile(pattern);
            } catch (IllegalArgumentException e) {
                throw new SourceException("SOURCE_NOT_FOUND", location.describe() + ": " + e.getMessage(), e);
            }
            List<StoredFile> files = objects(bucket, base, !KeyGlob.crossesFolders(pattern),
                    key -> p.matcher(key.substring(base.length())).matches(), location);
            if (files.isEmpty()) {
                throw new SourceException("SOURCE_NOT_FOUND", "glob " + location.describe() + " matches no object under s3://" + bucket
                        + "/" + base + " (" + settings.describeEndpoint() + "); check the pattern");
            }
            return files;
        }
        if (prefix.isEmpty() || prefix.endsWith("/")) {
            return folder(bucket, prefix, location, null);
        }
        S3Exception headFailure = null;
        try {
            HeadObjectResponse head = client.headObject(b -> b.bucket(bucket).key(prefix));
            return List.of(new StoredObject(client, settings, bucket, prefix, head.contentLength() == null ? -1 : head.contentLength(),
                    head.eTag()));
        } catch (S3Exception e) {
            if (e.statusCode() != 404 && e.statusCode() != 403) {
                throw S3Errors.translate(e, "read " + location.describe(), bucket, settings);
            }
            headFailure = e; // no such object, or no right to read it: the listing below tells which
        } catch (SdkException e) {
            throw S3Errors.translate(e, "read " + location.describe(), bucket, settings);
        }
        return folder(bucket, prefix + "/", location, headFailure);
    }

    private List<StoredFile> folder(String bucket, String folder, S3Location location, S3Exception headFailure) {
        List<StoredFile> files = objects(bucket, folder, true, key -> !key.endsWith("/"), location);
        if (!files.isEmpty()) {
            return files;
        }
        if (headFailure != null && headFailure.statusCode() == 403) {
            throw new SourceException("SOURCE_PERMISSION_DENIED", "cannot read " + location.describe() + " ("
                    + settings.describeEndpoint() + "): access denied [HTTP 403], and s3://" + bucket + "/" + folder
                    + " holds no objects; check the key and the s3:GetObject permission", headFailure);
        }
        throw new SourceException("SOURCE_NOT_FOUND", headFailure != null
                ? "no object " + location.describe() + " and no objects under s3://" + bucket + "/" + folder + " ("
                + settings.describeEndpoint() + "); check the key or prefix"
                : "s3://" + bucket + "/" + folder + " holds no objects (" + settings.describeEndpoint() + "; objects in sub-folders"
                + " are not listed: use a glob such as s3://" + bucket + "/" + folder + "**/*.* to descend)");
    }

    private List<StoredFile> objects(String bucket, String prefix, boolean oneLevel, Predicate<String> keep, S3Location location) {
        ListObjectsV2Request.Builder req = ListObjectsV2Request.builder().bucket(bucket).prefix(prefix).maxKeys(pageSize);
        if (oneLevel) {
            req.delimiter("/");
        }
        List<StoredFile> out = new ArrayList<>();
        try {
            for (ListObjectsV2Response page : client.listObjectsV2Paginator(req.build())) {
                pages++;
                for (S3Object o : page.contents()) {
                    String key = o.key();
                    String last = key.substring(key.lastIndexOf('/', key.length() - 2) + 1);
                    if (!key.endsWith("/") && !last.startsWith(".") && keep.test(key)) {
                        out.add(new StoredObject(client, settings, bucket, key, o.size() == null ? -1 : o.size(), o.eTag()));
                    }
                }
            }
        } catch (SdkException e) {
            throw S3Errors.translate(e, "list " + location.describe(), bucket, settings);
        }
        out.sort(Comparator.comparing(StoredFile::name));
        return out;
    }

    /** ListObjectsV2 pages requested so far. */
    int pages() {
        return pages;
    }
}
