package pl.infolinia.recording.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import org.gaul.s3proxy.junit.S3ProxyExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The object-store backend against a real S3 server: s3proxy over HTTP with an in-memory blob
 * store, checking every request's Signature V4 with the key pair below.
 */
class S3StoreIT {

    // one per test: a static extension shared by tests fails to stop (DEPENDENCIES.md)
    @RegisterExtension
    final S3ProxyExtension s3 = S3ProxyExtension.builder().withCredentials("infolinia", "archive-secret").build();

    @TempDir
    Path dir;

    @Test
    void storesReadsAndDeletesARecordingOnARealS3Server() throws IOException {
        S3Store store = store("archive-secret");
        store.createBucketIfMissing();
        byte[] wav = new byte[200_000];
        Arrays.fill(wav, (byte) 7);
        Path file = Files.write(dir.resolve("call.wav"), wav);

        store.put("2026/11/28/c1-1764300000000.wav", file);

        assertThat(store.exists("2026/11/28/c1-1764300000000.wav")).isTrue();
        assertThat(store.read("2026/11/28/c1-1764300000000.wav")).isEqualTo(wav);
        store.delete("2026/11/28/c1-1764300000000.wav");
        assertThat(store.exists("2026/11/28/c1-1764300000000.wav")).isFalse();
        assertThatThrownBy(() -> store.read("2026/11/28/c1-1764300000000.wav")).isInstanceOf(MissingRecording.class);
    }

    @Test
    void keepsOnlyCiphertextOnTheServerWhenEncrypted() throws IOException {
        S3Store objects = store("archive-secret");
        objects.createBucketIfMissing();
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) 3);
        EncryptedStore store = new EncryptedStore(objects, "2026", Map.of("2026", key));
        byte[] wav = "RIFF the citizen gives their PESEL".getBytes();

        store.put("call.wav", Files.write(dir.resolve("call.wav"), wav));

        assertThat(new String(objects.read("call.wav"))).doesNotContain("PESEL");
        assertThat(store.read("call.wav")).isEqualTo(wav);
    }

    @Test
    void aWrongSecretIsRefusedByTheServer() {
        assertThatThrownBy(() -> store("not-the-secret").put("x.wav", Files.write(dir.resolve("x.wav"), new byte[1])))
                .isInstanceOf(IOException.class).hasMessageContaining("403");
    }

    private S3Store store(String secret) {
        return new S3Store(new S3Location(s3.getUri(), "us-east-1", "recordings", s3.getAccessKey(), secret),
                Clock.systemUTC());
    }
}
