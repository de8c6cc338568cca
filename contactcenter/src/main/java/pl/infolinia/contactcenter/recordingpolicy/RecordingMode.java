package pl.infolinia.contactcenter.recordingpolicy;

/** Whether a conversation with a consultant is recorded. */
public enum RecordingMode {

    /** Recorded from the consultant's answer to the end. */
    ALL,
    /** Never recorded. */
    NONE,
    /** Recorded only from when the consultant starts the recording. */
    ON_DEMAND;

    /** Whether a call in this mode may be recorded, so the caller must hear the recording notice first. */
    public boolean mayRecord() {
        return this != NONE;
    }
}
