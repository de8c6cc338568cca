package pl.infolinia.contactcenter.switchboard;

import pl.infolinia.contactcenter.recordingpolicy.RecordingMode;

/**
 * How a live conversation is recorded now, for the consultant's desk: the mode its policy gave it
 * at the answer, whether its consultant may pause, and whether it is being recorded or paused.
 */
public record RecordingStatus(RecordingMode mode, boolean pauseAllowed, boolean recording, boolean paused) {

    /** Whether the consultant may start the recording now (a call recorded on demand, not started yet). */
    public boolean mayStart() {
        return mode == RecordingMode.ON_DEMAND && !recording;
    }

    /** Whether the consultant may pause (or resume) the recording now. */
    public boolean mayPause() {
        return recording && pauseAllowed;
    }
}
