package pl.infolinia.telephony;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A channel being recorded to a stereo WAV file: the caller left, what the caller heard right.
 */
public interface Recording {

    Path file();

    /** Stops recording and blocks until the file is complete; returns its length. */
    Duration stop();
}
