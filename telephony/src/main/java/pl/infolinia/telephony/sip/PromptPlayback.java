package pl.infolinia.telephony.sip;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import pl.infolinia.telephony.Playback;
import pl.infolinia.telephony.UnsupportedMediaFormat;
import pl.infolinia.telephony.media.PromptSource;
import pl.infolinia.telephony.media.UnsupportedAudioFormat;
import pl.infolinia.telephony.media.WavCache;

/** A {@link Playback} of a WAV prompt on one channel's stream. */
final class PromptPlayback implements Playback {

    private final PromptSource source;

    private PromptPlayback(PromptSource source) {
        this.source = source;
    }

    /**
     * Reads the prompt, ready to be played.
     *
     * @throws UnsupportedMediaFormat if the file is missing or not 8 kHz mono WAV
     */
    static PromptPlayback of(Path file, WavCache wavs) {
        try {
            return new PromptPlayback(new PromptSource(wavs.read(file)));
        } catch (IOException | UnsupportedAudioFormat e) {
            throw new UnsupportedMediaFormat(file + ": " + e.getMessage());
        }
    }

    PromptSource source() {
        return source;
    }

    @Override
    public void stop() {
        source.stop();
    }

    @Override
    public Playback awaitFinished() {
        try {
            source.finished().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("prompt playback failed", e.getCause());
        }
        return this;
    }

    @Override
    public boolean awaitFinished(Duration timeout) {
        try {
            source.finished().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("prompt playback failed", e.getCause());
        }
    }
}
