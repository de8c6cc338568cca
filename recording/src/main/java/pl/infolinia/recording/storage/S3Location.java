package pl.infolinia.recording.storage;

import java.net.URI;
import java.util.Objects;

/**
 * Where an S3-compatible object store keeps the archive: its endpoint (path-style requests, e.g.
 * {@code http://10.0.0.7:9000}), region, bucket and access key pair.
 */
public record S3Location(URI endpoint, String region, String bucket, String accessKey, String secretKey) {

    public S3Location {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(region, "region");
        if (bucket == null || !bucket.matches("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")) {
            throw new IllegalArgumentException("an S3 bucket name is 3-63 lowercase letters, digits, dots and dashes: "
                    + bucket);
        }
        Objects.requireNonNull(accessKey, "accessKey");
        Objects.requireNonNull(secretKey, "secretKey");
    }

    @Override
    public String toString() {
        return "S3Location[" + endpoint + ", " + region + ", " + bucket + ", " + accessKey + ", secret hidden]";
    }
}
