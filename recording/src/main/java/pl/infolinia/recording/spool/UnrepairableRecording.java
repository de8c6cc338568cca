package pl.infolinia.recording.spool;

import java.nio.file.Path;

/** A spooled file that is no WAV at all (e.g. the process died before its header was written). */
public final class UnrepairableRecording extends RuntimeException {

    public UnrepairableRecording(Path file, String why) {
        super(file + " cannot be repaired: " + why);
    }
}
