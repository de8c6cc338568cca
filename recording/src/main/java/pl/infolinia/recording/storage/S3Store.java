package pl.infolinia.recording.storage;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Recordings as objects in an S3-compatible store (AWS S3, MinIO, Ceph, Garage, s3proxy), in
 * path-style requests signed with Signature V4 over the JDK's HTTP client: no SDK.
 */
public final class S3Store implements RecordingStore {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final S3Location location;
    private final S3Signer signer;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public S3Store(S3Location location, Clock clock) {
        this.location = location;
        this.signer = new S3Signer(location);
        this.clock = clock;
    }

    /** Creates the bucket unless it is there; for a fresh store or a test server. */
    public void createBucketIfMissing() throws IOException {
        URI bucket = uri("");
        if (send("HEAD", bucket, new byte[0]).statusCode() == 200) {
            return;
        }
        HttpResponse<byte[]> created = send("PUT", bucket, new byte[0]);
        if (created.statusCode() != 200 && created.statusCode() != 409) {
            throw failure("create bucket", location.bucket(), created);
        }
    }

    @Override
    public void put(String key, Path file) throws IOException {
        HttpResponse<byte[]> response = send("PUT", uri(key), Files.readAllBytes(file));
        if (response.statusCode() != 200) {
            throw failure("store", key, response);
        }
    }

    @Override
    public byte[] read(String key) throws IOException {
        HttpResponse<byte[]> response = send("GET", uri(key), new byte[0]);
        if (response.statusCode() == 404) {
            throw new MissingRecording(key);
        }
        if (response.statusCode() != 200) {
            throw failure("read", key, response);
        }
        return response.body();
    }

    @Override
    public boolean exists(String key) throws IOException {
        int status = send("HEAD", uri(key), new byte[0]).statusCode();
        if (status != 200 && status != 404) {
            throw new IOException("S3 HEAD " + key + " answered " + status);
        }
        return status == 200;
    }

    @Override
    public void delete(String key) throws IOException {
        HttpResponse<byte[]> response = send("DELETE", uri(key), new byte[0]);
        if (response.statusCode() != 204 && response.statusCode() != 200 && response.statusCode() != 404) {
            throw failure("delete", key, response);
        }
    }

    private HttpResponse<byte[]> send(String method, URI uri, byte[] body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        signer.sign(method, uri, body, clock.instant()).forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted talking to " + location.endpoint(), e);
        }
    }

    private URI uri(String key) {
        String path = "/" + location.bucket() + (key.isEmpty() ? "" : "/" + Arrays.stream(key.split("/"))
                .map(segment -> URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("/")));
        return location.endpoint().resolve(path);
    }

    private static IOException failure(String what, String key, HttpResponse<byte[]> response) {
        String body = new String(response.body(), StandardCharsets.UTF_8);
        return new IOException("S3 could not " + what + " " + key + ": " + response.statusCode() + " "
                + body.substring(0, Math.min(300, body.length())));
    }
}
