package dev.kimball.connector.s3;

import dev.kimball.api.SourceException;
import dev.kimball.spi.SeekableInput;
import dev.kimball.spi.StoredFile;
import java.io.InputStream;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * One object as listed: bucket, key, size and ETag. Every read is pinned to the listed ETag ({@code If-Match}), so an
 * object replaced during a load fails clearly instead of mixing two versions.
 */
final class StoredObject implements StoredFile {
    private final S3Client client;
    private final S3Settings settings;
    private final String bucket;
    private final String key;
    private final long size;
    private final String etag;

    StoredObject(S3Client client, S3Settings settings, String bucket, String key, long size, String etag) {
        this.client = client;
        this.settings = settings;
        this.bucket = bucket;
        this.key = key;
        this.size = size;
        this.etag = etag;
    }

    @Override
    public String name() {
        return "s3://" + bucket + "/" + key;
    }

    @Override
    public String fileName() {
        return key.substring(key.lastIndexOf('/') + 1);
    }

    @Override
    public long size() {
        return size;
    }

    /** The ETag without its quotes. */
    @Override
    public String version() {
        if (etag == null) {
            return "unknown";
        }
        return etag.length() >= 2 && etag.startsWith("\"") && etag.endsWith("\"") ? etag.substring(1, etag.length() - 1) : etag;
    }

    /**
     * A stream from the first byte that resumes with a ranged GET where a connection breaks.
     *
     * @throws SourceException as {@link S3Errors} translates the first GET (SOURCE_NOT_FOUND when deleted since listing)
     */
    @Override
    public InputStream open() {
        return new ObjectStream(this);
    }

    /**
     * Ranged GETs with a small read-ahead buffer; nothing is requested until the first read.
     */
    @Override
    public SeekableInput openSeekable() {
        return new RangedObjectInput(this, RangedObjectInput.READ_AHEAD);
    }

    /**
     * GET of bytes {@code from..to} (inclusive; {@code to < 0}: to the end).
     *
     * @throws SourceException translated from the SDK failure
     */
    ResponseInputStream<GetObjectResponse> get(long from, long to) {
        GetObjectRequest.Builder r = GetObjectRequest.builder().bucket(bucket).key(key);
        if (etag != null) {
            r.ifMatch(etag);
        }
        if (from > 0 || to >= 0) {
            r.range("bytes=" + from + "-" + (to >= 0 ? String.valueOf(to) : ""));
        }
        try {
            return client.getObject(r.build());
        } catch (SdkException e) {
            throw S3Errors.translate(e, "read " + name() + (from > 0 || to >= 0 ? " (bytes " + from + "-" + (to >= 0 ? to : "") + ")" : ""),
                    bucket, settings);
        }
    }

    @Override
    public String toString() {
        return "StoredObject[" + name() + ", " + size + " bytes, etag " + version() + "]";
    }
}
