package pl.infolinia.recording.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptedStoreTest {

    private static final byte[] OLD_KEY = key(1);
    private static final byte[] NEW_KEY = key(2);

    @TempDir
    Path dir;

    @Test
    void storesCiphertextAndReadsBackThePlainRecording() throws IOException {
        LocalFileStore files = new LocalFileStore(dir.resolve("archive"));
        EncryptedStore store = new EncryptedStore(files, "2026", Map.of("2026", NEW_KEY));
        byte[] wav = "RIFF....WAVEfmt the citizen's voice".getBytes();
        Path file = Files.write(dir.resolve("call.wav"), wav);

        store.put("2026/11/28/call.wav", file);

        assertThat(new String(files.read("2026/11/28/call.wav"))).doesNotContain("citizen");
        assertThat(store.read("2026/11/28/call.wav")).isEqualTo(wav);
    }

    @Test
    void readsWhatAnOldKeyWroteAfterRotationAndWritesWithTheNewOne() throws IOException {
        LocalFileStore files = new LocalFileStore(dir.resolve("archive"));
        Path file = Files.write(dir.resolve("call.wav"), new byte[] {1, 2, 3});
        new EncryptedStore(files, "2025", Map.of("2025", OLD_KEY)).put("old.wav", file);

        EncryptedStore rotated = new EncryptedStore(files, "2026", Map.of("2025", OLD_KEY, "2026", NEW_KEY));
        rotated.put("new.wav", file);

        assertThat(rotated.read("old.wav")).containsExactly(1, 2, 3);
        assertThat(rotated.keyIdOf("old.wav")).isEqualTo("2025");
        assertThat(rotated.keyIdOf("new.wav")).isEqualTo("2026");
        assertThatThrownBy(() -> new EncryptedStore(files, "2026", Map.of("2026", NEW_KEY)).read("old.wav"))
                .hasMessageContaining("key '2025', which is not configured");
    }

    @Test
    void refusesAnAlteredObject() throws IOException {
        LocalFileStore files = new LocalFileStore(dir.resolve("archive"));
        EncryptedStore store = new EncryptedStore(files, "k", Map.of("k", NEW_KEY));
        store.put("call.wav", Files.write(dir.resolve("call.wav"), new byte[64]));
        Path stored = files.resolve("call.wav");
        byte[] bytes = Files.readAllBytes(stored);
        bytes[bytes.length - 20] ^= 1;
        Files.write(stored, bytes);

        assertThatThrownBy(() -> store.read("call.wav")).hasMessageContaining("fails its integrity tag");
    }

    @Test
    void refusesAKeyOfTheWrongLength() {
        assertThatThrownBy(() -> new EncryptedStore(new LocalFileStore(dir), "k", Map.of("k", new byte[16])))
                .hasMessageContaining("AES-256 needs 32");
    }

    private static byte[] key(int seed) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) seed);
        return key;
    }
}
