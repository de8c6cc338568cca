package pl.infolinia.telephony.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WavCacheTest {

    private static final WavFormat MONO = new WavFormat(AudioEncoding.PCM_S16LE, 1, 8000);

    @TempDir
    Path dir;

    @Test
    void decodesAPromptOnceAndSharesItUntilTheFileChanges() throws IOException {
        Path greeting = dir.resolve("greeting.wav");
        write(greeting, (short) 100, 800);
        WavCache cache = new WavCache();

        WavAudio first = cache.read(greeting);
        assertThat(cache.read(greeting)).as("the same decoded audio").isSameAs(first);

        write(greeting, (short) 200, 1600); // an office uploads a new greeting
        Files.setLastModifiedTime(greeting, FileTime.from(Instant.now().plusSeconds(5)));
        WavAudio uploaded = cache.read(greeting);
        assertThat(uploaded).isNotSameAs(first);
        assertThat(uploaded.samples()).hasSize(1600).containsOnly((short) 200);
    }

    @Test
    void aMissingFileIsAnErrorEveryTime() {
        WavCache cache = new WavCache();

        assertThatThrownBy(() -> cache.read(dir.resolve("none.wav"))).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> cache.read(dir.resolve("none.wav"))).isInstanceOf(NoSuchFileException.class);
    }

    private static void write(Path file, short value, int count) throws IOException {
        short[] samples = new short[count];
        java.util.Arrays.fill(samples, value);
        try (WavWriter writer = new WavWriter(file, MONO)) {
            writer.write(samples);
        }
    }
}
