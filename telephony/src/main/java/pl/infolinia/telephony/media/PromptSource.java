package pl.infolinia.telephony.media;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;

/**
 * Plays 8 kHz mono samples out in 20 ms frames, then silence, and says when it is done.
 *
 * <p>{@link #stop()} ends it early (a caller pressed a key, the channel was hung up); either way
 * {@link #finished()} completes once, and the last frame is padded with silence.
 */
public final class PromptSource implements FrameSource {

    private final short[] samples;
    private final CompletableFuture<Void> finished = new CompletableFuture<>();
    private volatile int position;

    public PromptSource(WavAudio audio) {
        if (audio.format().channels() != 1 || audio.format().sampleRate() != 8000) {
            throw new UnsupportedAudioFormat("prompts must be 8 kHz mono, got " + audio.format());
        }
        this.samples = audio.samples();
    }

    @Override
    public short[] nextFrame() {
        int from = position;
        if (from >= samples.length || finished.isDone()) {
            finished.complete(null);
            return FrameSource.SILENCE.nextFrame();
        }
        int to = Math.min(samples.length, from + MediaClock.SAMPLES_PER_TICK);
        position = to;
        // past the end of the prompt copyOfRange pads the last frame with zeros: silence
        short[] frame = Arrays.copyOfRange(samples, from, from + MediaClock.SAMPLES_PER_TICK);
        if (to == samples.length) {
            finished.complete(null);
        }
        return frame;
    }

    public void stop() {
        finished.complete(null);
    }

    public CompletableFuture<Void> finished() {
        return finished;
    }
}
