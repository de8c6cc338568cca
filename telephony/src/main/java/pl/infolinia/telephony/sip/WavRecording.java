package pl.infolinia.telephony.sip;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import pl.infolinia.telephony.Recording;
import pl.infolinia.telephony.media.WavRecorder;

/** A {@link Recording} written by a {@link WavRecorder} fed from one channel's stream. */
final class WavRecording implements Recording {

    private final WavRecorder recorder;

    WavRecording(WavRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public Path file() {
        return recorder.file();
    }

    @Override
    public void pause() {
        recorder.pause();
    }

    @Override
    public void resume() {
        recorder.resume();
    }

    @Override
    public Duration stop() {
        try {
            long frames = recorder.stop().get();
            return Duration.ofMillis(frames / 8);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Duration.ZERO;
        } catch (ExecutionException e) {
            throw new IllegalStateException("recording " + recorder.file() + " failed: " + e.getCause().getMessage());
        }
    }
}
