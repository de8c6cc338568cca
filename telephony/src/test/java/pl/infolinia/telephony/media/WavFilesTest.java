package pl.infolinia.telephony.media;

import pl.infolinia.telephony.testkit.Signal;
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

class WavFilesTest {

    static final Path AUDIO = Path.of("src/test/resources/sip-testkit/audio");

    @TempDir
    Path dir;

    @Test
    void readsTheTestkitToneInBothEncodingsAsTheSameAudio() throws IOException {
        WavAudio linear = WavReader.read(AUDIO.resolve("tone-1khz-8k-s16.wav"));
        WavAudio ulaw = WavReader.read(AUDIO.resolve("tone-1khz-8k-ulaw.wav"));

        assertThat(linear.format()).isEqualTo(WavFormat.TELEPHONE);
        assertThat(ulaw.format()).isEqualTo(new WavFormat(AudioEncoding.MULAW, 1, 8000));
        assertThat(linear.duration()).isEqualTo(Duration.ofSeconds(5));
        assertThat(ulaw.frames()).isEqualTo(linear.frames());
        // 1 kHz at peak 0.5: RMS 0.354 of full scale, and µ-law only adds quantisation noise
        assertThat(Signal.rms(linear.samples())).isCloseTo(0.354, org.assertj.core.data.Offset.offset(0.005));
        assertThat(Signal.rms(ulaw.samples())).isCloseTo(0.354, org.assertj.core.data.Offset.offset(0.005));
        assertThat(Signal.dominantFrequency(ulaw.samples(), 8000)).isBetween(990.0, 1010.0);
    }

    @Test
    void writesMonoPcmThatReadsBackIdentically() throws IOException {
        short[] samples = new short[8000];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) (i * 7 - 20000);
        }
        Path file = dir.resolve("mono.wav");
        try (WavWriter writer = new WavWriter(file, WavFormat.TELEPHONE)) {
            writer.write(java.util.Arrays.copyOfRange(samples, 0, 3000));
            writer.write(java.util.Arrays.copyOfRange(samples, 3000, 8000));
        }

        WavAudio audio = WavReader.read(file);

        assertThat(audio.samples()).containsExactly(samples);
        assertThat(Files.size(file)).isEqualTo(44 + 16000);
    }

    @Test
    void writesStereoWithCallerLeftAndAgentRight() throws IOException {
        Path file = dir.resolve("stereo.wav");
        try (WavWriter writer = new WavWriter(file, new WavFormat(AudioEncoding.PCM_S16LE, 2, 8000))) {
            writer.write(new short[] {100, -100, 200, -200});
        }

        WavAudio audio = WavReader.read(file);

        assertThat(audio.format().channels()).isEqualTo(2);
        assertThat(audio.channel(0)).containsExactly(100, 200);
        assertThat(audio.channel(1)).containsExactly(-100, -200);
        assertThat(ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN).getInt(28))
                .as("byte rate").isEqualTo(32000);
    }

    @Test
    void writesG711WithFmtExtensionAndFactChunk() throws IOException {
        Path file = dir.resolve("alaw.wav");
        short[] samples = {0, 1000, -1000, 32000, -32000};
        try (WavWriter writer = new WavWriter(file, new WavFormat(AudioEncoding.ALAW, 1, 8000))) {
            writer.write(samples);
        }
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);

        assertThat(in.getInt(16)).as("fmt size").isEqualTo(18);
        assertThat(new String(bytes, 38, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("fact");
        assertThat(in.getInt(46)).as("frames in fact").isEqualTo(5);
        assertThat(in.getInt(4)).as("RIFF size incl. pad byte").isEqualTo(bytes.length - 8);
        assertThat(bytes.length % 2).isZero();
        assertThat(WavReader.read(file).samples()).containsExactly(G711.PCMA.decode(G711.PCMA.encode(samples)));
    }

    @Test
    void readsTheFramesOfARecordingWhoseRecorderDied() throws IOException {
        Path file = dir.resolve("cut.wav");
        WavWriter writer = new WavWriter(file, WavFormat.TELEPHONE);
        writer.write(new short[] {1, 2, 3});
        // not closed: sizes in the header are still zero
        assertThat(WavReader.read(file).samples()).isEmpty();
        writer.close();
        assertThat(WavReader.read(file).samples()).containsExactly(1, 2, 3);
    }

    @Test
    void refusesFilesItCannotPlay() {
        assertThatThrownBy(() -> WavReader.read("not a wave file".getBytes())).isInstanceOf(UnsupportedAudioFormat.class);
        assertThatThrownBy(() -> new WavFormat(AudioEncoding.PCM_S16LE, 6, 8000)).isInstanceOf(UnsupportedAudioFormat.class);
    }
}
