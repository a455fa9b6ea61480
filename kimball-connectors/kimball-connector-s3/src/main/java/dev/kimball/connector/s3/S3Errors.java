package dev.kimball.connector.s3;

import dev.kimball.api.SourceException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Turns AWS SDK failures into {@link SourceException}s that say what is wrong and what to check:
 * SOURCE_UNREACHABLE (unknown host, refused, timed out), SOURCE_AUTH_FAILED (no or rejected credentials),
 * SOURCE_NOT_FOUND (bucket or object missing), SOURCE_PERMISSION_DENIED (access denied), else SOURCE_READ_FAILED.
 * Messages carry the S3 error code and the location, never a credential: any revealed credential value that a server
 * might echo is masked.
 */
final class S3Errors {
    /** 403 codes meaning the credentials themselves are wrong, not that they lack a permission. */
    private static final Set<String> AUTH_CODES = Set.of("InvalidAccessKeyId", "SignatureDoesNotMatch", "ExpiredToken",
            "InvalidToken", "TokenRefreshRequired", "InvalidSecurity", "AuthorizationHeaderMalformed");

    private S3Errors() {
    }

    /**
     * @param action what was attempted, e.g. {@code list s3://b/p} or {@code read s3://b/k.csv}
     */
    static SourceException translate(SdkException e, String action, String bucket, S3Settings settings) {
        String where = " (" + settings.describeEndpoint() + ")";
        Throwable net = networkCause(e);
        if (net instanceof UnknownHostException) {
            return new SourceException("SOURCE_UNREACHABLE", "cannot " + action + where + ": unknown host " + mask(net.getMessage(), settings)
                    + "; check the endpoint URL (or AWS_ENDPOINT_URL), the bucket name and DNS", e);
        }
        if (net != null || e instanceof ApiCallTimeoutException || e instanceof ApiCallAttemptTimeoutException) {
            String why = net != null ? net.getClass().getSimpleName() + (net.getMessage() == null ? "" : ": " + mask(net.getMessage(), settings))
                    : "no answer in time";
            return new SourceException("SOURCE_UNREACHABLE", "cannot " + action + where + ": " + why
                    + "; check that the endpoint is up and reachable (host, port, http vs https, proxy, firewall)", e);
        }
        if (e instanceof AwsServiceException ase) {
            return fromService(ase, action, bucket, settings, where);
        }
        String msg = mask(String.valueOf(e.getMessage()), settings);
        if (msg.contains("Unable to load") && msg.contains("credentials")) {
            return new SourceException("SOURCE_AUTH_FAILED", "cannot " + action + where + ": no AWS credentials found in "
                    + settings.describeCredentials() + "; set them there or give them with S3Location.credentials(..)", e);
        }
        return new SourceException("SOURCE_READ_FAILED", "cannot " + action + where + ": " + msg, e);
    }

    private static SourceException fromService(AwsServiceException e, String action, String bucket, S3Settings settings, String where) {
        int status = e.statusCode();
        String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
        String detail = e.awsErrorDetails() == null || e.awsErrorDetails().errorMessage() == null ? ""
                : ": " + mask(e.awsErrorDetails().errorMessage(), settings);
        String tag = " [HTTP " + status + (code == null ? "" : " " + code) + "]";
        if ("NoSuchBucket".equals(code)) {
            return new SourceException("SOURCE_NOT_FOUND", "cannot " + action + where + ": bucket '" + bucket + "' does not exist"
                    + tag + "; check the bucket name and the endpoint/region", e);
        }
        if ("NoSuchKey".equals(code) || status == 404) {
            return new SourceException("SOURCE_NOT_FOUND", "cannot " + action + where + ": not found" + tag
                    + "; check the key or prefix (it may have been deleted since listing)", e);
        }
        if (code != null && AUTH_CODES.contains(code) || status == 401) {
            return new SourceException("SOURCE_AUTH_FAILED", "cannot " + action + where + ": the credentials were rejected" + tag
                    + "; check the access key id and secret key from " + settings.describeCredentials(), e);
        }
        if (status == 403) {
            return new SourceException("SOURCE_PERMISSION_DENIED", "cannot " + action + where + ": access denied" + tag + detail
                    + "; the credentials are valid but lack the permission (s3:ListBucket to list, s3:GetObject to read) on bucket '"
                    + bucket + "'", e);
        }
        if (status == 412) {
            return new SourceException("SOURCE_READ_FAILED", "cannot " + action + where + ": the object changed while it was read"
                    + tag + "; run the load again", e);
        }
        if (status == 301 || "PermanentRedirect".equals(code)) {
            return new SourceException("SOURCE_UNREACHABLE", "cannot " + action + where + ": bucket '" + bucket
                    + "' lives in another region or endpoint" + tag + "; set the region of the location", e);
        }
        return new SourceException("SOURCE_READ_FAILED", "cannot " + action + where + tag + detail, e);
    }

    private static Throwable networkCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnknownHostException || t instanceof ConnectException || t instanceof NoRouteToHostException
                    || t instanceof SocketTimeoutException) {
                return t;
            }
        }
        return null;
    }

    /** Replaces any revealed credential value in a server- or library-provided text. */
    static String mask(String text, S3Settings settings) {
        if (text == null) {
            return "";
        }
        String out = text;
        if (settings.secretKey() != null && !settings.secretKey().isEmpty()) {
            out = out.replace(settings.secretKey(), "******");
        }
        if (settings.accessKeyId() != null && !settings.accessKeyId().isEmpty()) {
            out = out.replace(settings.accessKeyId(), "******");
        }
        return out;
    }
}
