package pl.infolinia.telephony;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A channel being recorded to a stereo WAV file: the caller left, what the caller heard right.
 *
 * <p>The file is a playable WAV while it is written: its header is brought up to date every
 * second, so a crash loses at most the last second.
 */
public interface Recording {

    Path file();

    /**
     * Records silence instead of the call until {@link #resume()}, e.g. while the caller gives
     * card or ID numbers; the file keeps its timeline. Idempotent.
     */
    void pause();

    /** Records the call again after {@link #pause()}; idempotent. */
    void resume();

    /** Stops recording and blocks until the file is complete; returns its length. */
    Duration stop();
}
