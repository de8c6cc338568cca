package pl.infolinia.server.recording;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import pl.infolinia.recording.storage.EncryptedStore;
import pl.infolinia.recording.storage.LocalFileStore;
import pl.infolinia.recording.storage.RecordingStore;
import pl.infolinia.recording.storage.S3Location;
import pl.infolinia.recording.storage.S3Store;

/**
 * The recording store the settings name: local files, or an S3 URL with its key pair; wrapped in
 * AES-256-GCM when keys are given. A bad value is refused at start with the setting's three names.
 */
record RecordingStorageSettings(Path dir, Optional<String> s3Url, Optional<String> accessKey,
        Optional<String> secretKey, Optional<String> keys) {

    RecordingStore store(Clock clock) {
        RecordingStore store = s3Url.map(url -> (RecordingStore) new S3Store(s3(url), clock))
                .orElseGet(() -> new LocalFileStore(dir));
        return keys.isEmpty() ? store : encrypted(store, keys.get());
    }

    private S3Location s3(String url) {
        URI uri = URI.create(url);
        String bucket = uri.getPath() == null ? "" : uri.getPath().replaceAll("^/|/$", "");
        if (uri.getHost() == null || bucket.isEmpty() || bucket.contains("/")) {
            throw new IllegalArgumentException("infolinia.recordings.s3.url (INFOLINIA_RECORDINGS_S3_URL,"
                    + " --recordings-s3-url) is endpoint/bucket, e.g. http://10.0.0.7:9000/recordings, not " + url);
        }
        return new S3Location(URI.create(uri.getScheme() + "://" + uri.getAuthority()), "us-east-1", bucket,
                accessKey.orElseThrow(() -> missing("infolinia.recordings.s3.access.key")),
                secretKey.orElseThrow(() -> missing("infolinia.recordings.s3.secret.key")));
    }

    private static IllegalArgumentException missing(String key) {
        String env = key.toUpperCase().replace('.', '_');
        String flag = "--" + key.substring("infolinia.".length()).replace('.', '-');
        return new IllegalArgumentException("an S3 store for recordings needs " + flag + " (" + env + ", " + key + ")");
    }

    private static RecordingStore encrypted(RecordingStore store, String text) {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        for (String entry : text.split(",")) {
            int colon = entry.indexOf(':');
            try {
                keys.put(entry.substring(0, colon).trim(), HexFormat.of().parseHex(entry.substring(colon + 1).trim()));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("infolinia.recordings.keys (INFOLINIA_RECORDINGS_KEYS,"
                        + " --recordings-keys) is id:64-hex-digit-key[,id:key...]; an entry is not", e);
            }
        }
        return new EncryptedStore(store, keys.keySet().iterator().next(), keys);
    }
}
