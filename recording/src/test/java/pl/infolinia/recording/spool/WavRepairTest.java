package pl.infolinia.recording.spool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.infolinia.telephony.media.AudioEncoding;
import pl.infolinia.telephony.media.WavAudio;
import pl.infolinia.telephony.media.WavFormat;
import pl.infolinia.telephony.media.WavReader;
import pl.infolinia.telephony.media.WavWriter;

class WavRepairTest {

    @TempDir
    Path dir;

    @Test
    void setsTheSizesOfAFileWhoseWriterDiedAndCutsTheHalfFrame() throws IOException {
        Path file = dir.resolve("died.wav");
        WavWriter writer = new WavWriter(file, new WavFormat(AudioEncoding.PCM_S16LE, 2, 8000));
        short[] second = new short[16000];
        java.util.Arrays.fill(second, (short) 1234);
        writer.write(second);
        writer.write(second); // never closed: the header still says 0 bytes
        Files.write(file, new byte[] {1, 2, 3}, java.nio.file.StandardOpenOption.APPEND); // a torn last write
        assertThat(WavReader.read(file).frames()).isZero();

        Duration length = WavRepair.repair(file);

        WavAudio audio = WavReader.read(file);
        assertThat(length).isEqualTo(Duration.ofSeconds(2));
        assertThat(audio.frames()).isEqualTo(16000);
        assertThat(audio.channel(1)).containsOnly((short) 1234);
        ByteBuffer header = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(header.getInt(4)).isEqualTo(36 + 64000);
        assertThat(header.getInt(40)).isEqualTo(64000);
        assertThat(Files.size(file)).isEqualTo(44 + 64000);
    }

    @Test
    void leavesACompleteFileAsItIs() throws IOException {
        Path file = dir.resolve("complete.wav");
        try (WavWriter writer = new WavWriter(file, new WavFormat(AudioEncoding.PCM_S16LE, 2, 8000))) {
            writer.write(new short[8000]);
        }
        byte[] before = Files.readAllBytes(file);

        assertThat(WavRepair.repair(file)).isEqualTo(Duration.ofMillis(500));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void refusesAFileThatIsNoWav() throws IOException {
        Path file = Files.write(dir.resolve("empty.wav"), new byte[0]);

        assertThatThrownBy(() -> WavRepair.repair(file)).isInstanceOf(UnrepairableRecording.class)
                .hasMessageContaining("empty.wav");
    }
}
