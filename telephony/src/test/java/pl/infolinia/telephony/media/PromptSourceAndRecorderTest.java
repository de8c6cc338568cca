package pl.infolinia.telephony.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptSourceAndRecorderTest {

    @TempDir
    Path dir;

    private static WavAudio mono(int samples) {
        short[] data = new short[samples];
        Arrays.fill(data, (short) 1000);
        return new WavAudio(WavFormat.TELEPHONE, data);
    }

    @Test
    void playsAPromptInFramesPadsTheLastAndThenFinishes() {
        PromptSource prompt = new PromptSource(mono(400));

        short[] first = prompt.nextFrame();
        short[] second = prompt.nextFrame();
        assertThat(prompt.finished()).isNotDone();
        short[] third = prompt.nextFrame();

        assertThat(first).hasSize(160).containsOnly((short) 1000);
        assertThat(second).containsOnly((short) 1000);
        assertThat(Arrays.copyOfRange(third, 0, 80)).containsOnly((short) 1000);
        assertThat(Arrays.copyOfRange(third, 80, 160)).containsOnly((short) 0);
        assertThat(prompt.finished()).isDone();
        assertThat(prompt.nextFrame()).containsOnly((short) 0);
    }

    @Test
    void aStoppedPromptFallsSilentAtOnce() {
        PromptSource prompt = new PromptSource(mono(8000));
        prompt.nextFrame();

        prompt.stop();

        assertThat(prompt.finished()).isDone();
        assertThat(prompt.nextFrame()).containsOnly((short) 0);
    }

    @Test
    void refusesPromptsThatAreNotEightKilohertzMono() {
        WavAudio stereo = new WavAudio(new WavFormat(AudioEncoding.PCM_S16LE, 2, 8000), new short[320]);
        WavAudio wideband = new WavAudio(new WavFormat(AudioEncoding.PCM_S16LE, 1, 16000), new short[320]);

        assertThatThrownBy(() -> new PromptSource(stereo)).isInstanceOf(UnsupportedAudioFormat.class);
        assertThatThrownBy(() -> new PromptSource(wideband)).isInstanceOf(UnsupportedAudioFormat.class);
    }

    @Test
    void recordsCallerLeftAndWhatTheCallerHeardRight() throws Exception {
        Path file = dir.resolve("call.wav");
        WavRecorder recorder = new WavRecorder(file);
        short[] caller = new short[160];
        short[] heard = new short[160];
        Arrays.fill(caller, (short) 300);
        Arrays.fill(heard, (short) -300);
        for (int tick = 0; tick < 50; tick++) {
            recorder.write(caller, heard);
        }

        long frames = recorder.stop().get(5, TimeUnit.SECONDS);
        recorder.write(caller, heard); // after stop: ignored

        WavAudio audio = WavReader.read(file);
        assertThat(frames).isEqualTo(8000);
        assertThat(audio.duration()).hasSeconds(1);
        assertThat(audio.channel(0)).containsOnly((short) 300);
        assertThat(audio.channel(1)).containsOnly((short) -300);
    }

    @Test
    void writesSilenceWhilePausedAndKeepsTheTimeline() throws Exception {
        Path file = dir.resolve("paused.wav");
        WavRecorder recorder = new WavRecorder(file);
        short[] caller = new short[160];
        Arrays.fill(caller, (short) 300);
        for (int tick = 0; tick < 150; tick++) {
            if (tick == 50) {
                recorder.pause();
            } else if (tick == 100) {
                recorder.resume();
            }
            recorder.write(caller, caller);
        }
        recorder.stop().get(5, TimeUnit.SECONDS);

        short[] left = WavReader.read(file).channel(0);
        assertThat(left).hasSize(24000);
        assertThat(Arrays.copyOfRange(left, 0, 8000)).containsOnly((short) 300);
        assertThat(Arrays.copyOfRange(left, 8000, 16000)).containsOnly((short) 0);
        assertThat(Arrays.copyOfRange(left, 16000, 24000)).containsOnly((short) 300);
    }

    @Test
    void keepsTheHeaderUpToDateEverySecondWhileRecording() throws Exception {
        Path file = dir.resolve("live.wav");
        WavRecorder recorder = new WavRecorder(file);
        short[] frame = new short[160];
        Arrays.fill(frame, (short) 1000);
        for (int tick = 0; tick < 120; tick++) {
            recorder.write(frame, frame);
        }
        // the file as a player would find it if the process died now: two whole seconds declared
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> WavReader.read(file).frames() == 16000);
        recorder.stop().get(5, TimeUnit.SECONDS);
        assertThat(WavReader.read(file).frames()).isEqualTo(19200);
    }
}
