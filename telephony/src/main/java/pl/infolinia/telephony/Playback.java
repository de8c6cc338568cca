package pl.infolinia.telephony;

import java.time.Duration;

/**
 * Audio being played to a channel; stop it or wait for it to end.
 */
public interface Playback {

    /** Stops playing; the channel hears silence. Does nothing if it already ended. */
    void stop();

    /** Blocks until the audio has been played, stopped, or the channel hung up. */
    Playback awaitFinished();

    /** Like {@link #awaitFinished()} but gives up after {@code timeout}; true if it ended. */
    boolean awaitFinished(Duration timeout);
}
