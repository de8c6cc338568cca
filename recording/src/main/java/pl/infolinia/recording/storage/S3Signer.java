package pl.infolinia.recording.storage;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import pl.infolinia.recording.archive.Archiver;

/**
 * Signs S3 requests with AWS Signature Version 4 (header-based, the payload's SHA-256 signed),
 * which every S3-compatible store accepts. Requests without a query string only: the archive
 * needs none.
 */
final class S3Signer {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final S3Location location;

    S3Signer(S3Location location) {
        this.location = location;
    }

    /** The headers to send: x-amz-date, x-amz-content-sha256 and Authorization. */
    Map<String, String> sign(String method, URI uri, byte[] payload, Instant now) {
        String amzDate = STAMP.format(now);
        String day = amzDate.substring(0, 8);
        String payloadHash = Archiver.sha256(payload);
        String host = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
        Map<String, String> signed = new TreeMap<>(Map.of("host", host, "x-amz-content-sha256", payloadHash,
                "x-amz-date", amzDate));
        StringBuilder canonicalHeaders = new StringBuilder();
        signed.forEach((name, value) -> canonicalHeaders.append(name).append(':').append(value).append('\n'));
        String signedHeaders = String.join(";", signed.keySet());
        String canonicalRequest = method + "\n" + uri.getRawPath() + "\n\n" + canonicalHeaders + "\n" + signedHeaders
                + "\n" + payloadHash;
        String scope = day + "/" + location.region() + "/s3/aws4_request";
        String toSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n"
                + Archiver.sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8));
        byte[] key = hmac(("AWS4" + location.secretKey()).getBytes(StandardCharsets.UTF_8), day);
        key = hmac(key, location.region());
        key = hmac(key, "s3");
        key = hmac(key, "aws4_request");
        String signature = HexFormat.of().formatHex(hmac(key, toSign));
        return Map.of("x-amz-date", amzDate, "x-amz-content-sha256", payloadHash, "Authorization",
                "AWS4-HMAC-SHA256 Credential=" + location.accessKey() + "/" + scope + ", SignedHeaders=" + signedHeaders
                        + ", Signature=" + signature);
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }
}
