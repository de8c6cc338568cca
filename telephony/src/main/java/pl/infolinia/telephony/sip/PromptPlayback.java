package pl.infolinia.telephony.sip;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import pl.infolinia.telephony.Playback;
import pl.infolinia.telephony.media.PromptSource;

/** A {@link Playback} of a prompt on one channel's stream. */
final class PromptPlayback implements Playback {

    private final PromptSource source;

    PromptPlayback(PromptSource source) {
        this.source = source;
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
